"""Open every layer of a GeoPackage in real QGIS (Debian's python3-qgis) and report what QGIS sees, as JSON.

Run by the tests with Debian's /usr/bin/python3, whose dist-packages hold the QGIS bindings:
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 tests/clients/qgis_open.py FILE.gpkg LAYER...
"""

import json
import os
import sys

from qgis.core import (
    QgsApplication,
    QgsDateTimeRange,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsRenderContext,
    QgsVectorLayer,
    QgsVectorLayerTemporalContext,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime


def temporal(layer):
    """The layer's temporal properties as QGIS read them: active, mode, each feature's start and end by its
    expressions (ISO date-times), and the ids a Temporal Controller frame of one day, 2020-09-20, shows."""
    properties = layer.temporalProperties()
    report = {"active": properties.isActive(), "mode": int(properties.mode())}
    if not properties.isActive():
        return report
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    start, end = QgsExpression(properties.startExpression()), QgsExpression(properties.endExpression())
    days = {}
    for feature in layer.getFeatures():
        context.setFeature(feature)
        first, last = start.evaluate(context), end.evaluate(context)
        days[feature["id"]] = [v.toString(Qt.ISODate) if v else None for v in (first, last)]
    report["days"] = days
    frame = QgsDateTimeRange(QDateTime(QDate(2020, 9, 20), QTime(0, 0)), QDateTime(QDate(2020, 9, 21), QTime(0, 0)),
                             True, False)
    where = properties.createFilterString(QgsVectorLayerTemporalContext(), frame)
    report["shown_on_2020_09_20"] = sorted(f["id"] for f in layer.getFeatures(where))
    return report


def describe(path, name):
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    report = {"valid": layer.isValid(), "features": layer.featureCount(), "crs": layer.crs().authid()}
    if not layer.isValid():
        return report
    message, ok = layer.loadDefaultStyle()
    renderer = layer.renderer()
    symbols = renderer.symbols(QgsRenderContext()) if renderer else []
    symbol_layers = [s.symbolLayer(i) for s in symbols for i in range(s.symbolLayerCount())]
    report.update({
        "style_loaded": ok, "style_message": message, "renderer": renderer.type() if renderer else None,
        "symbol_layers": sorted({sl.layerType() for sl in symbol_layers}),
        "colours": sorted({s.color().name() for s in symbols}),
        "strokes": sorted({sl.strokeColor().name() for sl in symbol_layers if sl.strokeColor().isValid()}),
        "labels": layer.labelsEnabled(),
        "label_field": layer.labeling().settings().fieldName if layer.labelsEnabled() and layer.labeling() else None,
    })
    report["temporal"] = temporal(layer)
    if renderer.type() == "categorizedSymbol":
        report["attribute"] = renderer.classAttribute()
        report["categories"] = {c.value(): c.symbol().color().name() for c in renderer.categories()}
    return report


def main():
    path, names = sys.argv[1], sys.argv[2:]
    app = QgsApplication([], False)
    app.initQgis()
    result = {name: describe(path, name) for name in names}
    sys.stdout.write(json.dumps(result, sort_keys=True) + "\n")
    sys.stdout.flush()
    # QGIS 3.22 can crash while tearing down after its layers are gone; the report is already out.
    os._exit(0)


if __name__ == "__main__":
    main()
