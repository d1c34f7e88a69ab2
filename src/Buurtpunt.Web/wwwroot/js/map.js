// Enhances a page's point list with a map. Without JavaScript or tiles the list is all there is.
(function () {
  "use strict";
  var element = document.getElementById("map");
  var data = document.getElementById("map-markers");
  if (!element || !data || !window.L) return;
  var markers = JSON.parse(data.textContent || "[]");
  element.classList.add("ready");
  var map = L.map(element, { scrollWheelZoom: false }).setView(
    [parseFloat(element.dataset.lat), parseFloat(element.dataset.lng)], parseInt(element.dataset.zoom, 10));
  L.tileLayer(element.dataset.tiles, { maxZoom: 19, attribution: element.dataset.attribution }).addTo(map);
  var bounds = [];
  markers.forEach(function (m) {
    var link = document.createElement("a");
    link.href = m.url;
    link.textContent = m.name;
    // The list under the map links every point too; markers are a pointer shortcut, so they stay
    // out of the tab order (WCAG 2.5.8 "equivalent control" instead of crowding small screens).
    L.marker([m.lat, m.lng], { title: m.name, alt: m.name, keyboard: false }).addTo(map).bindPopup(link);
    bounds.push([m.lat, m.lng]);
  });
  if (bounds.length > 1) map.fitBounds(bounds, { padding: [40, 40] });
})();
