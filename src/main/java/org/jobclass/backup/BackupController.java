package org.jobclass.backup;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' backup of the whole catalog, and its restore after a preview. */
@Controller
@RequestMapping("/admin/backup")
class BackupController {

    private final BackupService backups;
    private final Clock clock;
    private final MessageSourceAccessor messages;

    BackupController(BackupService backups, Clock clock, MessageSourceAccessor messages) {
        this.backups = backups;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping
    String page() {
        return "backup/backup";
    }

    /** The catalog as one gzipped JSON file, written as it is read. */
    @GetMapping("/catalog.json.gz")
    void download(HttpServletResponse response) throws IOException {
        response.setContentType("application/gzip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("jobclass-catalog-" + LocalDate.now(clock) + ".json.gz").build().toString());
        backups.export(response.getOutputStream());
    }

    /** Reads a backup and shows what restoring it would change, or why it cannot be restored: nothing changes. */
    @PostMapping
    String preview(@RequestParam(name = "file", required = false) MultipartFile file, Principal principal, Model model)
            throws IOException {
        if (file == null || file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename())) {
            model.addAttribute("refusal", messages.getMessage("backup.noFile"));
            return "backup/backup";
        }
        try {
            model.addAttribute("preview", backups.preview(file.getBytes(), principal.getName()));
            return "backup/preview";
        } catch (UnreadableBackupException unreadable) {
            model.addAttribute("refusal", messages.getMessage(unreadable.messageKey(), unreadable.arguments()));
            return "backup/backup";
        }
    }

    /**
     * Restores the backup previewed, which was kept on the server; the backup page then says what it did (so that
     * reloading it restores nothing twice).
     */
    @PostMapping("/confirm")
    String confirm(@RequestParam long review, Principal principal, RedirectAttributes outcome) {
        try {
            outcome.addFlashAttribute("report", backups.restore(review, principal.getName()));
        } catch (RestoreReviewNotFoundException gone) {
            outcome.addFlashAttribute("reviewGone", true);
        } catch (ChangedSincePreviewException changed) {
            outcome.addFlashAttribute("changedSincePreview", true);
        } catch (RestoreRefusedException refused) {
            outcome.addFlashAttribute("refusedByDatabase", true);
        }
        return "redirect:/admin/backup";
    }

    /** The address a restore was posted to, opened again (from the history, say): the backup page. */
    @GetMapping("/confirm")
    String confirmOpenedAgain() {
        return "redirect:/admin/backup";
    }
}
