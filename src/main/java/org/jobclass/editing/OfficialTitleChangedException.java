package org.jobclass.editing;

/** The official title was changed by someone else since the editor opened it; nothing was written over it. */
public class OfficialTitleChangedException extends RuntimeException {

    OfficialTitleChangedException() {
        super("The official title was changed in the meantime");
    }
}
