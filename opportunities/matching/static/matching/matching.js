/* Matching results: a "Print this list" button (the page works and prints without it). */
(function () {
    "use strict";
    document.querySelectorAll(".js-print").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () { window.print(); });
    });
    var summary = document.querySelector(".error-summary");
    if (summary) { summary.focus(); }
}());
