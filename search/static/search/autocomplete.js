// Progressive enhancement: fill the search box's <datalist> with suggestions.
// The form works without this script (a plain GET search).
(function () {
    "use strict";
    var form = document.querySelector("form[data-autocomplete-url]");
    if (!form || !window.fetch) { return; }
    var input = form.querySelector("input[type=search]");
    var list = document.getElementById(input.getAttribute("list"));
    var url = form.getAttribute("data-autocomplete-url");
    var timer = null;
    var latest = "";
    input.addEventListener("input", function () {
        window.clearTimeout(timer);
        var query = input.value.trim();
        if (query.length < 2) { list.textContent = ""; return; }
        timer = window.setTimeout(function () {
            latest = query;
            fetch(url + "?q=" + encodeURIComponent(query), { headers: { "Accept": "application/json" } })
                .then(function (response) { return response.ok ? response.json() : { results: [] }; })
                .then(function (data) {
                    if (query !== latest) { return; }
                    list.textContent = "";
                    data.results.forEach(function (item) {
                        var option = document.createElement("option");
                        option.value = item.title;
                        list.appendChild(option);
                    });
                })
                .catch(function () { list.textContent = ""; });
        }, 200);
    });
}());
