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
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** The admins' backup of the whole catalog as JSON, and its restore. */
@Controller
@RequestMapping("/admin/backup")
class BackupController {

    private final BackupService backups;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // An entry missing its months is reported as that entry's failure, not as a file that is not a backup.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    BackupController(BackupService backups) {
        this.backups = backups;
    }

    @GetMapping
    String page() {
        return "backup/backup";
    }

    @GetMapping("/catalog.json")
    @ResponseBody
    ResponseEntity<String> download() {
        String fileName = "jobclass-catalog-" + LocalDate.now() + ".json";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(json.writeValueAsString(backups.export()));
    }

    @PostMapping
    String restore(@RequestParam(name = "file", required = false) MultipartFile file, Principal principal, Model model)
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
        model.addAttribute("report", backups.restore(backup, principal.getName()));
        return "backup/backup";
    }
}
