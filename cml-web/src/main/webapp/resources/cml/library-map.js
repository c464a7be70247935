// The libraries map (map.xhtml): Leaflet and its marker clusters, served by the site itself. The outline of
// England and Wales and the markers need no other server; background tiles come only from the tile
// server the site names (cml.map.tiles), if any. The directory list is the accessible alternative.
(function () {
  var box = document.getElementById('library-map');
  if (!box || !window.L || !window.fetch) {
    return;
  }
  var status = document.getElementById('map-status');
  var map = L.map(box, { scrollWheelZoom: false, minZoom: 5, maxZoom: 18 }).setView([52.6, -2.0], 6);
  var tiles = box.getAttribute('data-tiles');
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 18, attribution: box.getAttribute('data-tiles-attribution') || '' }).addTo(map);
  }
  fetch(box.getAttribute('data-outline')).then(function (answer) { return answer.json(); }).then(function (outline) {
    var layer = L.geoJSON(outline, { interactive: false,
      style: { color: '#505a5f', weight: 1, fillColor: '#f3f2f1', fillOpacity: tiles ? 0 : 1 } }).addTo(map);
    layer.bringToBack();
    map.fitBounds(layer.getBounds());
  });
  var clusters = L.markerClusterGroup({
    showCoverageOnHover: false,
    // The cluster's own text names it ("12 libraries"), so the button it is has a name.
    iconCreateFunction: function (cluster) {
      var count = cluster.getChildCount();
      return L.divIcon({ className: 'cml-cluster', iconSize: L.point(40, 40),
        html: '<span>' + count + '<span class="govuk-visually-hidden"> libraries</span></span>' });
    }
  });
  var libraryPage = box.getAttribute('data-library-page');
  fetch(box.getAttribute('data-places')).then(function (answer) { return answer.json(); }).then(function (found) {
    found.libraries.forEach(function (library) {
      var popup = document.createElement('div');
      var link = document.createElement('a');
      link.className = 'govuk-link';
      link.href = libraryPage + encodeURIComponent(library.id);
      link.textContent = library.name;
      popup.appendChild(link);
      popup.appendChild(document.createElement('br'));
      popup.appendChild(document.createTextNode(library.management + (library.approximate ? ' (its place is approximate)' : '')));
      clusters.addLayer(L.marker([library.lat, library.lng], { title: library.name, alt: library.name }).bindPopup(popup));
    });
    map.addLayer(clusters);
    status.textContent = found.libraries.length + (found.libraries.length === 1 ? ' library' : ' libraries') + ' on the map.';
    box.setAttribute('data-markers', String(found.libraries.length));
  }).catch(function (problem) {
    if (window.console) {
      window.console.error(problem);
    }
    status.textContent = 'The libraries could not be shown on the map. The list of libraries shows the same search.';
  });
})();
