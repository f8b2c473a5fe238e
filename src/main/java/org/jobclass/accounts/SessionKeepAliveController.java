package org.jobclass.accounts;

import java.util.Map;

import jakarta.servlet.http.HttpSession;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Asked by staff pages while someone types, so that a session in use does not end: any request keeps it going.
 * Answers how long it now lasts without another one.
 */
@RestController
class SessionKeepAliveController {

    @GetMapping(value = "/editor/session", produces = "application/json")
    ResponseEntity<Map<String, Integer>> keepAlive(HttpSession session) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("secondsLeft", session.getMaxInactiveInterval()));
    }
}
