package org.jobclass.history;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.jobclass.editing.EditConflictException;
import org.jobclass.editing.EditingService;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The history of a description: for staff with notes, comparison and restore; for the public, what changed when. */
@Controller
class HistoryController {

    private final HistoryService history;
    private final EditingService editing;
    private final MessageSourceAccessor messages;

    HistoryController(HistoryService history, EditingService editing, MessageSourceAccessor messages) {
        this.history = history;
        this.editing = editing;
        this.messages = messages;
    }

    @GetMapping("/editor/descriptions/{id}/history")
    String staffHistory(@PathVariable long id, Model model) {
        List<RevisionSummary> revisions = history.history(id);
        model.addAttribute("summary", editing.summary(id));
        model.addAttribute("revisions", revisions);
        return "history/history";
    }

    @GetMapping("/editor/descriptions/{id}/compare")
    String compare(@PathVariable long id, @RequestParam int from, @RequestParam int to, Model model) {
        model.addAttribute("summary", editing.summary(id));
        model.addAttribute("comparison", history.compare(id, Math.min(from, to), Math.max(from, to)));
        return "history/compare";
    }

    /** What restoring this revision would replace in the working copy, to confirm. */
    @GetMapping("/editor/descriptions/{id}/revisions/{number}/restore")
    String confirmRestore(@PathVariable long id, @PathVariable int number, Model model) {
        model.addAttribute("proposal", history.restoreProposal(id, number));
        return "history/restore";
    }

    @PostMapping("/editor/descriptions/{id}/revisions/{number}/restore")
    String restore(@PathVariable long id, @PathVariable int number, @RequestParam long version, Principal principal,
                   RedirectAttributes redirect) {
        try {
            editing.restoreRevision(id, number, version, principal.getName());
        } catch (EditConflictException changed) {
            redirect.addFlashAttribute("failure", messages.getMessage("history.restore.changedMeanwhile"));
            return "redirect:/editor/descriptions/" + id + "/revisions/" + number + "/restore";
        }
        redirect.addFlashAttribute("success", messages.getMessage("history.restored", new Object[] {number}));
        return "redirect:/editor/descriptions/" + id + "/preview";
    }

    /** A published revision exactly as it was published, with a banner saying which it is and where the current one is. */
    @GetMapping("/classes/{code}/{slug}/revisions/{number}")
    String publicRevision(@PathVariable String code, @PathVariable String slug, @PathVariable int number, Model model) {
        PublicRevision revision = history.publicRevision(code, slug, number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("revision", revision.revision());
        model.addAttribute("content", revision.revision().content());
        model.addAttribute("current", revision.number() != revision.currentNumber());
        model.addAttribute("path", "/classes/" + code + "/" + slug);
        return "history/revision";
    }

    /** The class page as it was public at the end of a day: the revision then current. */
    @GetMapping(value = "/classes/{code}/{slug}", params = "as_of")
    String publicAsOf(@PathVariable String code, @PathVariable String slug,
                      @RequestParam("as_of") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        int number = history.numberPublicOn(code, slug, day).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                messages.getMessage("history.public.notYetPublished", new Object[] {day})));
        return "redirect:/classes/" + code + "/" + slug + "/revisions/" + number;
    }

    /** Two public revisions side by side, the words that differ marked; no staff notes or names. */
    @GetMapping("/classes/{code}/{slug}/compare")
    String publicCompare(@PathVariable String code, @PathVariable String slug, @RequestParam int from, @RequestParam int to,
                         Model model) {
        long id = history.publishedDescriptionAt(code, slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        RevisionComparison comparison = history.compare(id, from, to);
        model.addAttribute("comparison", comparison);
        model.addAttribute("workingTitle", history.content(id, comparison.to().number()).workingTitle());
        model.addAttribute("path", "/classes/" + code + "/" + slug);
        return "history/public-compare";
    }

    @GetMapping("/classes/{code}/{slug}/history")
    String publicHistory(@PathVariable String code, @PathVariable String slug, Model model) {
        long id = history.publishedDescriptionAt(code, slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<RevisionSummary> revisions = history.publicHistory(id);
        model.addAttribute("revisions", revisions);
        model.addAttribute("content", history.content(id, revisions.get(0).number()));
        model.addAttribute("path", "/classes/" + code + "/" + slug);
        return "history/public";
    }
}
