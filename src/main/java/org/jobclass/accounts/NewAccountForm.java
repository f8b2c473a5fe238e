package org.jobclass.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An admin's new account for a member of HR staff. */
public class NewAccountForm {

    @NotBlank(message = "{form.required}")
    @Pattern(regexp = "\\s*[A-Za-z0-9._-]{3,60}\\s*", message = "{accounts.username.format}")
    private String username;

    @NotBlank(message = "{form.required}")
    @Size(max = 120, message = "{form.tooLong}")
    private String displayName;

    @NotNull(message = "{form.required}")
    private AccountRole role = AccountRole.EDITOR;

    @AcceptablePassword
    private String password = "";

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public AccountRole getRole() {
        return role;
    }

    public void setRole(AccountRole role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
