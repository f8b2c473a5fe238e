package org.jobclass.accounts;

/** What a signed-in member of HR staff may do. An admin may do everything an editor may. */
public enum AccountRole {
    EDITOR,
    ADMIN
}
