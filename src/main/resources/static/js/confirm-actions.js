// Asks on the page before a form marked data-confirm is sent (retire, disable, remove, publish many); once confirmed,
// the request says so (confirmed=true) and the server acts at once. Without JavaScript the server asks on a page.
(function () {
    document.addEventListener('submit', function (event) {
        var form = event.target;
        var submitter = event.submitter;
        // The button asks, or else its form: one form may have buttons for different actions.
        var asker = submitter && submitter.hasAttribute('data-confirm') ? submitter
            : submitter && submitter.hasAttribute('formaction') ? null : form;
        var question = asker && asker.getAttribute('data-confirm');
        if (!question || form.querySelector('input[name="confirmed"]')) {
            return;
        }
        event.preventDefault();
        ask(question, asker.getAttribute('data-confirm-yes'), asker.getAttribute('data-confirm-no'),
            function () {
                var confirmed = document.createElement('input');
                confirmed.type = 'hidden';
                confirmed.name = 'confirmed';
                confirmed.value = 'true';
                form.appendChild(confirmed);
                if (form.requestSubmit) {
                    form.requestSubmit(submitter && submitter.form === form ? submitter : undefined);
                } else {
                    form.submit();
                }
            }, submitter || form.querySelector('button'));
    }, true);

    function ask(question, yes, no, onYes, returnFocusTo) {
        // Without a dialog element, or without the page's words for its buttons: the browser's own question.
        if (typeof HTMLDialogElement !== 'function' || !yes || !no) {
            if (window.confirm(question)) {
                onYes();
            }
            return;
        }
        var dialog = document.createElement('dialog');
        dialog.className = 'confirm-dialog';
        dialog.setAttribute('aria-labelledby', 'confirm-dialog-text');
        var text = document.createElement('p');
        text.id = 'confirm-dialog-text';
        text.textContent = question;
        var yesButton = document.createElement('button');
        yesButton.type = 'button';
        yesButton.className = 'primary';
        yesButton.textContent = yes;
        var noButton = document.createElement('button');
        noButton.type = 'button';
        noButton.textContent = no;
        dialog.appendChild(text);
        dialog.appendChild(yesButton);
        dialog.appendChild(noButton);
        document.body.appendChild(dialog);
        function close() {
            dialog.close();
            dialog.remove();
            if (returnFocusTo) {
                returnFocusTo.focus();
            }
        }
        yesButton.addEventListener('click', function () {
            dialog.close();
            dialog.remove();
            onYes();
        });
        noButton.addEventListener('click', close);
        dialog.addEventListener('cancel', function (event) {
            event.preventDefault();
            close();
        });
        dialog.showModal();
        noButton.focus();
    }
})();
