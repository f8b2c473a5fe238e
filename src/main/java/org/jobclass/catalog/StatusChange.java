package org.jobclass.catalog;

/** A change of a description's standing on the public site, as its public history shows it. */
public enum StatusChange {
    /** Taken off the public site. */
    RETIRED,
    /** Brought back from retirement. */
    RESTORED
}
