/// `/static/consola.js`: the queue refreshes its rows by itself (polling, no framework).
enum ConsoleScript {
    static let text = """
    "use strict";
    (function () {
      var table = document.getElementById("fila");
      if (!table) { return; }
      var url = table.getAttribute("data-actualizar");
      function refresh() {
        if (document.hidden) { return; }
        fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html" } })
          .then(function (response) {
            if (response.redirected || response.status === 401 || response.status === 303) { window.location = "/login"; return null; }
            return response.ok ? response.text() : null;
          })
          .then(function (html) {
            if (!html) { return; }
            var holder = document.createElement("table");
            holder.innerHTML = html;
            var fresh = holder.querySelector("tbody"), old = table.querySelector("tbody");
            if (fresh && old) {
              table.replaceChild(fresh, old);
              var count = fresh.querySelectorAll("tr a").length, summary = document.getElementById("resumen-fila");
              if (summary) { summary.textContent = count + " caso(s)"; }
            }
          })
          .catch(function () {});
      }
      window.setInterval(refresh, 15000);
    })();
    """
}
