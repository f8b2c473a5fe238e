// Edits the list of duties in place: add, remove and move without sending the form, keeping focus on the duty that
// moved and saying what happened to screen readers; pasting several lines into a duty adds one duty for each line.
// The boxes keep the names the server reads (duties[0], duties[1] …), renumbered after every change. Without this
// script every button sends the form and the server does the same.
(function () {
    var editor = document.querySelector('fieldset.duties-editor');
    if (!editor) {
        return;
    }
    var list = editor.querySelector('ol.duties');
    var template = editor.querySelector('template.duty-template');
    var status = editor.querySelector('.duties-status');
    var scriptHelp = editor.querySelector('.duties-script-help');
    if (!list || !template || !status) {
        return;
    }
    if (scriptHelp) {
        scriptHelp.hidden = false;
    }

    function text(name, values) {
        return (editor.getAttribute('data-' + name) || '').replace(/\{(\d+)\}/g, function (all, index) {
            return values[Number(index)];
        });
    }

    function duties() {
        return Array.prototype.slice.call(list.children);
    }

    var pendingAnnouncement = null;

    function announce(message) {
        // A change of text is what live regions announce: clear first, so the same words twice are said twice. A newer
        // change replaces an announcement not yet made.
        window.clearTimeout(pendingAnnouncement);
        status.textContent = '';
        pendingAnnouncement = window.setTimeout(function () {
            status.textContent = message;
        }, 50);
    }

    function renumber() {
        var all = duties();
        all.forEach(function (duty, index) {
            var box = duty.querySelector('textarea');
            var label = duty.querySelector('label');
            box.id = 'duties' + index;
            box.name = 'duties[' + index + ']';
            label.htmlFor = box.id;
            label.textContent = text('label', [index + 1]);
            duty.querySelectorAll('button[data-duty-action]').forEach(function (button) {
                button.value = String(index);
                var which = button.querySelector('.duty-which');
                if (which) {
                    which.textContent = text('which', [index + 1]);
                }
            });
            duty.querySelector('[data-duty-action=up]').disabled = index === 0;
            duty.querySelector('[data-duty-action=down]').disabled = index === all.length - 1;
        });
    }

    function newDuty(value) {
        var duty = template.content.firstElementChild.cloneNode(true);
        duty.querySelector('textarea').value = value || '';
        return duty;
    }

    function add(after, values) {
        var before = after ? after.nextElementSibling : null;
        var added = values.map(function (value) {
            var duty = newDuty(value);
            list.insertBefore(duty, before);
            return duty;
        });
        renumber();
        return added;
    }

    function move(duty, step, focusIn) {
        var all = duties();
        var from = all.indexOf(duty);
        var to = from + step;
        if (to < 0 || to >= all.length) {
            return;
        }
        list.insertBefore(duty, step < 0 ? all[to] : all[to].nextElementSibling);
        renumber();
        // Focus stays with the duty: on the same button, or on the other one once the duty reaches an end.
        var keep = focusIn;
        if (keep.disabled) {
            keep = duty.querySelector(step < 0 ? '[data-duty-action=down]' : '[data-duty-action=up]');
        }
        if (keep.disabled) {
            keep = duty.querySelector('textarea');
        }
        keep.focus();
        announce(text('moved', [to + 1, all.length]));
    }

    function remove(duty) {
        var all = duties();
        var index = all.indexOf(duty);
        var next = all[index + 1] || all[index - 1];
        duty.remove();
        renumber();
        if (next) {
            next.querySelector('textarea').focus();
        } else {
            editor.querySelector('[data-duty-action=add]').focus();
        }
        announce(text('removed', [index + 1, all.length - 1]));
    }

    editor.addEventListener('click', function (event) {
        var button = event.target.closest('button[data-duty-action]');
        if (!button || !editor.contains(button)) {
            return;
        }
        event.preventDefault();
        var action = button.getAttribute('data-duty-action');
        var duty = button.closest('li.duty');
        if (action === 'add') {
            var added = add(duties()[duties().length - 1] || null, [''])[0];
            added.querySelector('textarea').focus();
            announce(text('added', [duties().length]));
        } else if (action === 'remove') {
            remove(duty);
        } else {
            move(duty, action === 'up' ? -1 : 1, button);
        }
    });

    // Alt with an arrow moves the duty being typed in, the caret staying where it was.
    list.addEventListener('keydown', function (event) {
        if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') || event.target.tagName !== 'TEXTAREA') {
            return;
        }
        event.preventDefault();
        var box = event.target;
        var caret = box.selectionStart;
        move(box.closest('li.duty'), event.key === 'ArrowUp' ? -1 : 1, box);
        box.setSelectionRange(caret, caret);
    });

    // Several lines pasted into a duty: the first goes where the caret is, each further line becomes a duty after it.
    list.addEventListener('paste', function (event) {
        var box = event.target;
        if (box.tagName !== 'TEXTAREA' || !event.clipboardData) {
            return;
        }
        var lines = event.clipboardData.getData('text/plain').split(/\r\n|\r|\n/)
            .map(function (line) { return line.trim(); })
            .filter(function (line) { return line.length > 0; });
        if (lines.length < 2) {
            return;
        }
        event.preventDefault();
        var start = box.selectionStart;
        box.value = box.value.slice(0, start) + lines[0] + box.value.slice(box.selectionEnd);
        var added = add(box.closest('li.duty'), lines.slice(1));
        var last = added[added.length - 1].querySelector('textarea');
        last.focus();
        last.setSelectionRange(last.value.length, last.value.length);
        announce(text('pasted', [lines.length]));
    });
})();
