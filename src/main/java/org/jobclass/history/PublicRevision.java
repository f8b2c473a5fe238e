package org.jobclass.history;

/** A published revision as the public reads it, and the number of the revision public now. */
public record PublicRevision(HistoryService.PublishedRevision revision, int currentNumber) {

    public int number() {
        return revision.number();
    }
}
