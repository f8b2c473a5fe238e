// Keeps a staff session going while someone works on the page, warns before it ends for want of use, and says
// plainly once it has ended. Typing counts as use: at most once a minute it asks the server, which keeps the session.
// Pages open in other tabs share the time of the last contact, so one busy tab does not make the others warn.
// Without JavaScript the session simply ends after its idle time; a form sent then is kept until signed in again.
(function () {
    'use strict';
    var notice = document.querySelector('[data-session-seconds]');
    if (!notice || !window.fetch) {
        return;
    }
    var warning = notice.querySelector('.session-warning');
    var ended = notice.querySelector('.session-ended');
    var stay = notice.querySelector('.session-stay');
    var keepAliveUrl = notice.getAttribute('data-keep-alive');
    var storageKey = 'jobclass.sessionContact';
    var lastContact = Date.now();
    var state = 'fine';

    function lifetime() {
        return Number(notice.getAttribute('data-session-seconds')) * 1000;
    }

    function sharedContact() {
        try {
            return Number(window.localStorage.getItem(storageKey)) || 0;
        } catch (unavailable) {
            return 0;
        }
    }

    function rememberContact(time) {
        lastContact = time;
        try {
            window.localStorage.setItem(storageKey, String(time));
        } catch (unavailable) {
            // This tab alone keeps count.
        }
    }

    function contact() {
        return Math.max(lastContact, sharedContact());
    }

    function show(next) {
        if (state === next) {
            return;
        }
        state = next;
        notice.hidden = next === 'fine';
        warning.hidden = next !== 'warning';
        ended.hidden = next !== 'ended';
    }

    function keepAlive() {
        var asked = Date.now();
        rememberContact(asked);
        fetch(keepAliveUrl, {credentials: 'same-origin', cache: 'no-store', redirect: 'manual',
                             headers: {'Accept': 'application/json'}})
            .then(function (response) {
                if (response.ok) {
                    show('fine');
                } else if (response.status === 401 || response.status === 403 || response.type === 'opaqueredirect') {
                    show('ended');
                }
            })
            .catch(function () {
                // The server cannot be reached now: the next keystroke asks again.
                lastContact = 0;
            });
    }

    function check() {
        if (state === 'ended') {
            return;
        }
        var left = contact() + lifetime() - Date.now();
        if (left <= 0) {
            show('ended');
        } else if (left <= Math.min(120000, lifetime() / 4)) {
            show('warning');
        } else {
            show('fine');
        }
    }

    rememberContact(Date.now());
    document.addEventListener('input', function () {
        if (state !== 'ended' && Date.now() - contact() >= Math.min(60000, lifetime() / 10)) {
            keepAlive();
        }
    });
    stay.addEventListener('click', keepAlive);
    window.setInterval(check, 1000);
}());
