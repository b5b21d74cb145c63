"""Render a GeoPackage that geomap built in QGIS, with the default styles it carries, to a PNG.

For the README's picture of what a GIS user sees. Run with Debian's Python, which has python3-qgis:
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 docs/qgis_picture.py incidents.gpkg out.png [W S E N]
"""

import os
import sys

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

# Drawn bottom to top, as in the HTML map.
LAYERS = ["areas", "distance_rings", "trajectories", "places", "targets", "launch_sites", "incidents"]
BAGHDAD = (44.30, 33.25, 44.45, 33.34)  # west, south, east, north


def main():
    gpkg, png = sys.argv[1], sys.argv[2]
    west, south, east, north = (float(v) for v in sys.argv[3:7]) if len(sys.argv) >= 7 else BAGHDAD
    app = QgsApplication([], False)
    app.initQgis()
    layers = []
    for name in LAYERS:
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        message, ok = layer.loadDefaultStyle()
        if not layer.isValid() or not ok:
            sys.exit(f"{gpkg}: layer {name} did not load with its style ({message})")
        layers.append(layer)
    settings = QgsMapSettings()
    settings.setLayers(list(reversed(layers)))  # QgsMapSettings lists layers top first
    settings.setBackgroundColor(QColor(250, 250, 247))
    settings.setOutputSize(QSize(1000, 700))
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    to_map = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), settings.destinationCrs(),
                                    QgsProject.instance())
    settings.setExtent(to_map.transformBoundingBox(QgsRectangle(west, south, east, north)))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(png, "png")
    sys.stdout.flush()
    os._exit(0)  # QGIS 3.22 may crash while tearing down; the picture is written


if __name__ == "__main__":
    main()
