// Imports the reviewed pages one by one, showing progress and each page's result as it comes.
// Without JavaScript the form posts all pages at once and the results page shows the same.
(function () {
    var form = document.getElementById('confirm-import');
    if (!form || !window.fetch || !window.DOMParser) {
        return;
    }
    form.addEventListener('submit', function (event) {
        var pages = document.querySelectorAll('input[name="page"][form="confirm-import"]:checked');
        if (pages.length < 2) {
            return;
        }
        event.preventDefault();
        var csrf = form.querySelector('input[name="_csrf"]');
        var review = form.querySelector('input[name="review"]');
        var progress = document.getElementById('import-progress');
        var button = form.querySelector('button[type=submit]');
        button.disabled = true;
        var table = document.createElement('table');
        table.className = 'titles import-results';
        var body = document.createElement('tbody');
        table.appendChild(body);
        form.parentNode.insertBefore(table, form.nextSibling);
        var index = 0;

        // The words come from the page, with {0} and {1} for the numbers.
        function text(name, values) {
            return (progress.getAttribute('data-' + name) || '').replace(/\{(\d+)\}/g, function (all, at) {
                return values[Number(at)];
            });
        }

        function next() {
            if (index >= pages.length) {
                progress.textContent = text('done', [pages.length]);
                return;
            }
            var page = pages[index];
            var name = page.getAttribute('data-name');
            var data = new URLSearchParams();
            data.append('review', review.value);
            data.append('page', page.value);
            if (csrf) {
                data.append('_csrf', csrf.value);
            }
            index++;
            progress.textContent = text('importing', [index, pages.length]);
            fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin', headers: {'Accept': 'text/html'}})
                .then(function (response) {
                    return response.text();
                })
                .then(function (html) {
                    var row = new DOMParser().parseFromString(html, 'text/html').querySelector('tr.import-result');
                    body.appendChild(row ? document.importNode(row, true) : failedRow(name));
                    next();
                })
                .catch(function () {
                    body.appendChild(failedRow(name));
                    next();
                });
        }

        function failedRow(name) {
            var row = document.createElement('tr');
            var cell = document.createElement('td');
            cell.textContent = name;
            var result = document.createElement('td');
            result.textContent = text('unreachable', []);
            row.appendChild(cell);
            row.appendChild(result);
            return row;
        }

        next();
    });
})();
