package org.jobclass.backup;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The admins' backup of the whole catalog as JSON, and its restore. */
@Controller
@RequestMapping("/admin/backup")
class BackupController {

    private final BackupService backups;
    private final JsonMapper json = BackupJson.MAPPER;
    private final java.time.Clock clock;

    BackupController(BackupService backups, java.time.Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    @GetMapping
    String page() {
        return "backup/backup";
    }

    @GetMapping("/catalog.json")
    @ResponseBody
    ResponseEntity<String> download() {
        String fileName = "jobclass-catalog-" + LocalDate.now(clock) + ".json";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(json.writeValueAsString(backups.export()));
    }

    /** Reads a backup and shows what restoring it would change, before anything is changed. */
    @PostMapping
    String preview(@RequestParam(name = "file", required = false) MultipartFile file, Principal principal, Model model)
            throws IOException {
        CatalogBackup backup;
        try {
            backup = file == null || file.isEmpty() ? null : json.readValue(file.getBytes(), CatalogBackup.class);
        } catch (JacksonException notJson) {
            backup = null;
        }
        if (backup == null || !CatalogBackup.FORMAT.equals(backup.format()) || backup.descriptions() == null) {
            model.addAttribute("refused", true);
            return "backup/backup";
        }
        model.addAttribute("preview", backups.preview(backup, principal.getName()));
        return "backup/preview";
    }

    /** Restores the backup previewed: the file was kept on the server with what it would replace. */
    @PostMapping("/confirm")
    String confirm(@RequestParam long review, Principal principal, Model model) {
        try {
            model.addAttribute("report", backups.restore(review, principal.getName()));
        } catch (RestoreReviewNotFoundException gone) {
            model.addAttribute("reviewGone", true);
        }
        return "backup/backup";
    }
}
