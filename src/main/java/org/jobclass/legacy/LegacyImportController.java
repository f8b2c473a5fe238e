package org.jobclass.legacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Import of legacy pages: paste or upload, review what landed where, confirm, see each page's result. */
@Controller
@RequestMapping("/editor/import")
class LegacyImportController {

    /** Pages one import takes: its review lists them all on one page. */
    static final int MAX_PAGES = 2_000;

    private final LegacyImportService imports;

    LegacyImportController(LegacyImportService imports) {
        this.imports = imports;
    }

    @GetMapping
    String start() {
        return "legacy/import";
    }

    @PostMapping
    String review(@RequestParam(defaultValue = "") String text,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files, Principal principal,
                  Authentication authentication, Model model) throws IOException {
        List<LegacyImportService.Source> sources = new ArrayList<>();
        if (StringUtils.hasText(text)) {
            sources.add(text.getBytes(StandardCharsets.UTF_8).length > TextFiles.MAX_BYTES
                    ? LegacyImportService.Source.refused("Pasted text", "import.refused.pasteTooLarge")
                    : LegacyImportService.Source.of("Pasted text", text));
        }
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename())) {
                continue;
            }
            String name = StringUtils.hasText(file.getOriginalFilename()) ? file.getOriginalFilename() : "Unnamed file";
            byte[] bytes = file.getSize() > TextFiles.MAX_BYTES ? new byte[0] : file.getBytes();
            TextFiles.Decoded decoded = TextFiles.decode(bytes, file.getSize());
            sources.add(decoded.refused() ? LegacyImportService.Source.refused(name, decoded.refusalKey())
                    : new LegacyImportService.Source(name, decoded.text(), null, decoded.repairedBytes()));
        }
        if (sources.isEmpty()) {
            model.addAttribute("nothing", true);
            model.addAttribute("text", text);
            return "legacy/import";
        }
        if (sources.size() > MAX_PAGES) {
            model.addAttribute("tooManyPages", sources.size());
            model.addAttribute("maxPages", MAX_PAGES);
            return "legacy/import";
        }
        LegacyImportService.Review review = imports.review(sources, principal.getName(), isAdmin(authentication));
        model.addAttribute("review", review);
        model.addAttribute("previews", review.previews());
        return "legacy/review";
    }

    /** Imports the reviewed pages named by their positions: the text was kept on the server at the review. */
    @PostMapping("/confirm")
    String confirm(@RequestParam long review, @RequestParam(name = "page", required = false) List<Integer> pages,
                   Principal principal, Authentication authentication, Model model) {
        try {
            model.addAttribute("results", imports.importReviewed(review, pages == null ? List.of() : pages,
                    principal.getName(), isAdmin(authentication)));
        } catch (ImportReviewNotFoundException gone) {
            model.addAttribute("reviewGone", true);
            return "legacy/import";
        }
        return "legacy/results";
    }

    private static boolean isAdmin(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(role -> role.getAuthority().equals("ROLE_ADMIN"));
    }
}
