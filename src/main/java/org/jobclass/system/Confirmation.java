package org.jobclass.system;

import java.util.List;
import java.util.Map;

/**
 * A page that asks before an action that is hard to undo (retire, disable an account, remove a date, publish many):
 * what it will do, and the same request again with {@code confirmed=true}, or the way back. With JavaScript, a dialog
 * asks on the page itself and sends the confirmed request at once.
 *
 * @param fields the request's own fields, sent again as they came (a name may come more than once)
 */
public record Confirmation(String title, String text, String action, List<Map.Entry<String, String>> fields, String cancel) {

    public static final String VIEW = "system/confirm";

    /** The staff section the action belongs to, marked in the staff navigation. */
    public String section() {
        return action.startsWith("/admin/accounts") ? "accounts" : "descriptions";
    }
}
