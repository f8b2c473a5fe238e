package org.jobclass.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.jobclass.testing.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Requests no form sends, as a careless client or an attacker makes them: each gets a 4xx answer, never a 500. */
@ApplicationTest
class MalformedRequestsTest {

    @Autowired
    MockMvcTester mvc;

    private static void answeredWithoutServerError(MvcTestResult result) {
        assertThat(result.getResponse().getStatus()).as(result.getMvcResult().getRequest().getRequestURI())
                .isBetween(200, 499);
    }

    @Test
    void anAuditPageFarPastTheEnd() {
        for (String page : new String[] {"2147483647", "99999999", "-3"}) {
            MvcTestResult result = mvc.get().uri("/admin/audit").param("page", page)
                    .with(user("root").roles("ADMIN", "EDITOR")).exchange();
            answeredWithoutServerError(result);
            assertThat(result).as("page %s", page).hasStatusOk();
        }
    }

    @Test
    void theErrorPageAskedForDirectly() {
        MvcTestResult result = mvc.get().uri("/error").exchange();
        answeredWithoutServerError(result);
        assertThat(result).hasStatus(404);
    }

    @Test
    void craftedDutyIndexesAndBothDutyButtonsAtOnce() {
        String[][] crafted = {{"removeDuty", "-1"}, {"removeDuty", "256"}, {"moveDutyUp", "0"}, {"moveDutyDown", "999"},
                {"moveDutyUp", "-5"}};
        for (String[] button : crafted) {
            MvcTestResult redisplayed = mvc.post().uri("/editor/descriptions").with(csrf())
                    .with(user("ed").roles("EDITOR")).param("duties[0]", "Cleans.").param(button[0], button[1]).exchange();
            answeredWithoutServerError(redisplayed);
            assertThat(redisplayed).as("the form again, unchanged").hasStatusOk();
        }
        for (String duty : new String[] {"duties[-1]", "duties[256]", "duties[99999]"}) {
            MvcTestResult result = mvc.post().uri("/editor/descriptions").with(csrf()).with(user("ed").roles("EDITOR"))
                    .param(duty, "Cleans.").param("addDuty", "").exchange();
            answeredWithoutServerError(result);
            assertThat(result).as(duty).hasStatus(400);
        }
        MvcTestResult twoButtons = mvc.post().uri("/editor/descriptions").with(csrf()).with(user("ed").roles("EDITOR"))
                .param("duties[0]", "Cleans.").param("removeDuty", "0").param("moveDutyUp", "0").exchange();
        answeredWithoutServerError(twoButtons);
        assertThat(twoButtons).hasStatus(400);
    }

    @Test
    void aDateOutsideAnyCalendar() {
        answeredWithoutServerError(mvc.post().uri("/admin/descriptions/1/dates/reviewed").with(csrf())
                .with(user("root").roles("ADMIN", "EDITOR")).param("reviewedOn", "-999999999-01-01").exchange());
        answeredWithoutServerError(mvc.post().uri("/admin/descriptions/1/dates/revised").with(csrf())
                .with(user("root").roles("ADMIN", "EDITOR")).param("revisedOn", "+999999999-12-31").exchange());
    }

    @Test
    void aPasswordOfFortyAccentedLettersIsRefusedBesideTheField() {
        String accented = "\u00e9".repeat(40);
        MvcTestResult created = mvc.post().uri("/admin/accounts").with(csrf()).with(user("root").roles("ADMIN", "EDITOR"))
                .param("username", "accented.editor").param("displayName", "Accented").param("role", "EDITOR")
                .param("password", accented).exchange();
        answeredWithoutServerError(created);
        assertThat(created).hasStatusOk();
        assertThat(org.jobclass.testing.HtmlPages.parse(created).selectFirst("#password-error").text())
                .contains("72 bytes");

        MvcTestResult signIn = mvc.post().uri("/login").with(csrf()).param("username", "admin")
                .param("password", accented).exchange();
        answeredWithoutServerError(signIn);
    }

    @Test
    void aNulCharacterInAFieldIsRefused() {
        MvcTestResult account = mvc.post().uri("/admin/accounts").with(csrf()).with(user("root").roles("ADMIN", "EDITOR"))
                .param("username", "nul.editor").param("displayName", "Nul\u0000Name").param("role", "EDITOR")
                .param("password", "a-long-password").exchange();
        answeredWithoutServerError(account);
        assertThat(account).hasStatus(400);

        MvcTestResult publish = mvc.post().uri("/editor/descriptions/1/publish").with(csrf())
                .with(user("ed").roles("EDITOR")).param("version", "0").param("note", "Fixed\u0000it").exchange();
        answeredWithoutServerError(publish);
        assertThat(publish).hasStatus(400);
    }
}
