// What the page's scripts add to Leaflet and to the window (make lint's type check reads it; nothing ships).
import "leaflet";

declare module "leaflet" {
  let GeomapPoints: typeof Layer;
  let GeomapLines: typeof Layer;
}

declare global {
  interface Window {
    geomap: {map: import("leaflet").Map; overlays: object; basemaps: object; incidents: object;
             trajectories: object; ready: Promise<void>; filter?: object; visible?: () => string[];
             offline?: boolean};
    geomapPage: {
      graticule(group: import("leaflet").LayerGroup, map: import("leaflet").Map): void;
      declutter(map: import("leaflet").Map): void;
      fitView(map: import("leaflet").Map, bounds: import("leaflet").LatLngBoundsExpression, maxZoom: number): void;
      publish(map: import("leaflet").Map, layers: object, incidents: object, trajectories: object): void;
      offlineContext(map: import("leaflet").Map, groups: import("leaflet").LayerGroup[]): void;
      controls(map: import("leaflet").Map, points: object, lines: object, searchable: object[]): void;
    };
  }
}
