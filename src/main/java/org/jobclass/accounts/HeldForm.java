package org.jobclass.accounts;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A staff form that arrived after its sender's session had ended: where it was sent and what it held, kept until
 * its sender has signed in again and sends it once more (or discards it).
 *
 * @param path   where the form was sent, within the site (for example {@code /editor/descriptions/12})
 * @param fields its fields in the order sent, without its token and without any password
 * @param heldAt when it arrived
 */
public record HeldForm(String key, String path, List<Field> fields, Instant heldAt) implements Serializable {

    public record Field(String name, String value) implements Serializable {
    }
}
