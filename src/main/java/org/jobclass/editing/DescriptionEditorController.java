package org.jobclass.editing;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Optional;

import jakarta.validation.Valid;
import org.jobclass.catalog.CatalogService;
import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.system.DatabaseRefusals;
import org.jobclass.system.Confirmation;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' pages: the dashboard, one form to create and edit a description (its duties added, removed
 * and reordered by plain form buttons), the preview, and publishing, retiring and restoring.
 */
@Controller
@RequestMapping("/editor")
class DescriptionEditorController {

    private static final String FORM_VIEW = "editing/form";

    private final EditingService editing;
    private final CatalogService catalog;
    private final MessageSourceAccessor messages;

    private final ApprovalService approvals;

    DescriptionEditorController(EditingService editing, CatalogService catalog, MessageSourceAccessor messages,
                                ApprovalService approvals) {
        this.approvals = approvals;
        this.editing = editing;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping
    String dashboard(@RequestParam(required = false) DescriptionStatus status,
                     @RequestParam(defaultValue = "false") boolean pending,
                     @RequestParam(required = false) String q, @RequestParam(required = false) ReviewCycle.Due review,
                     @RequestParam(required = false) String grade, @RequestParam(required = false) String sort,
                     @RequestParam(defaultValue = "asc") String dir, @RequestParam(defaultValue = "1") int page,
                     Model model) {
        DashboardQuery.Sort column = sort == null ? null : java.util.Arrays.stream(DashboardQuery.Sort.values())
                .filter(candidate -> candidate.name().equalsIgnoreCase(sort)).findFirst()
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST));
        EditingService.Dashboard dashboard = editing.dashboard(new DashboardQuery(status, pending, q, review, grade, column,
                "desc".equalsIgnoreCase(dir), page));
        model.addAttribute("dashboard", dashboard.page());
        model.addAttribute("rows", dashboard.page().rows());
        model.addAttribute("pending", pending);
        model.addAttribute("grade", grade == null ? "" : grade);
        model.addAttribute("reviewCounts", dashboard.review());
        model.addAttribute("review", review);
        model.addAttribute("status", status);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("statuses", DescriptionStatus.values());
        return "editing/dashboard";
    }

    @GetMapping("/descriptions/new")
    String newDescription(@RequestParam Optional<Long> basedOn, Model model) {
        model.addAttribute("form", editing.newForm(basedOn));
        return FORM_VIEW;
    }

    @GetMapping("/descriptions/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        EditingService.EditPage page = editing.editPage(id);
        model.addAttribute("form", page.form());
        model.addAttribute("summary", page.summary());
        return FORM_VIEW;
    }

    @PostMapping(value = "/descriptions", params = {"!addDuty", "!removeDuty", "!moveDutyUp", "!moveDutyDown"})
    String create(@Valid @ModelAttribute("form") DescriptionForm form, BindingResult result,
                  @RequestParam(defaultValue = "save") String action, Principal principal, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        long id;
        try {
            id = "submit".equals(action) ? approvals.createAndSubmit(form.content(), form.getNote(), principal.getName())
                    : "publish".equals(action) ? editing.createAndPublish(form.content(), form.getNote(), form.confirmation(),
                    principal.getName())
                    : editing.create(form.content(), principal.getName());
        } catch (PublishCheckException findings) {
            rejectUnexplained(result, findings, model);
            return FORM_VIEW;
        } catch (ApprovalRequiredException approvalOn) {
            result.reject("approval.required");
            return FORM_VIEW;
        } catch (DuplicateWorkingTitleException taken) {
            rejectDuplicateTitle(result);
            return FORM_VIEW;
        } catch (OfficialTitleMismatchException mismatch) {
            rejectOfficialTitle(result, mismatch);
            return FORM_VIEW;
        } catch (DataIntegrityViolationException refused) {
            rejectRefused(result, refused);
            return FORM_VIEW;
        }
        redirect.addFlashAttribute("success", messages.getMessage("publish".equals(action) ? "editing.published" : "editing.created"));
        return "redirect:/editor/descriptions/" + id + "/preview";
    }

    @PostMapping(value = "/descriptions/{id}", params = {"!addDuty", "!removeDuty", "!moveDutyUp", "!moveDutyDown"})
    String update(@PathVariable long id, @Valid @ModelAttribute("form") DescriptionForm form, BindingResult result,
                  @RequestParam(defaultValue = "save") String action, Principal principal, Model model,
                  RedirectAttributes redirect) {
        form.setId(id);
        if (result.hasErrors()) {
            model.addAttribute("summary", editing.summary(id));
            return FORM_VIEW;
        }
        long seenVersion = form.getVersion() == null ? -1 : form.getVersion();
        try {
            if ("submit".equals(action)) {
                approvals.saveAndSubmit(id, form.content(), seenVersion, form.getNote(), principal.getName());
            } else if ("publish".equals(action)) {
                editing.saveAndPublish(id, form.content(), seenVersion, form.getNote(), form.confirmation(),
                        principal.getName());
            } else {
                editing.save(id, form.content(), seenVersion, form.getNote(), principal.getName());
            }
        } catch (EditConflictException conflict) {
            return showConflict(id, form, conflict, model);
        } catch (ObjectOptimisticLockingFailureException raced) {
            DescriptionSummary current = editing.summary(id);
            return showConflict(id, form, new EditConflictException(null, current.content(), current.version(),
                    current.updatedBy(), current.updatedAt()), model);
        } catch (LooksCutOffException unconfirmed) {
            result.rejectValue("confirmComplete", "form.confirmComplete.required");
            model.addAttribute("summary", editing.summary(id));
            return FORM_VIEW;
        } catch (PublishCheckException findings) {
            rejectUnexplained(result, findings, model);
            model.addAttribute("summary", editing.summary(id));
            return FORM_VIEW;
        } catch (ApprovalRequiredException approvalOn) {
            result.reject("approval.required");
            model.addAttribute("summary", editing.summary(id));
            return FORM_VIEW;
        } catch (DuplicateWorkingTitleException taken) {
            rejectDuplicateTitle(result);
            model.addAttribute("summary", editing.summary(id));
            return FORM_VIEW;
        } catch (OfficialTitleMismatchException mismatch) {
            rejectOfficialTitle(result, mismatch);
            model.addAttribute("summary", editing.summary(id));
            return FORM_VIEW;
        } catch (DataIntegrityViolationException refused) {
            rejectRefused(result, refused);
            model.addAttribute("summary", editing.summary(id));
            return FORM_VIEW;
        }
        redirect.addFlashAttribute("success", messages.getMessage("publish".equals(action) ? "editing.published" : "editing.saved"));
        return "redirect:/editor/descriptions/" + id + "/preview";
    }

    // One button a request: a request that names two (no form sends one) matches no mapping and is answered 400.
    @PostMapping(value = {"/descriptions", "/descriptions/{id}"}, params = {"addDuty", "!removeDuty", "!moveDutyUp", "!moveDutyDown"})
    String addDuty(@PathVariable Optional<Long> id, @ModelAttribute("form") DescriptionForm form, Model model) {
        form.addDuty();
        return redisplay(id, model);
    }

    @PostMapping(value = {"/descriptions", "/descriptions/{id}"}, params = {"removeDuty", "!addDuty", "!moveDutyUp", "!moveDutyDown"})
    String removeDuty(@PathVariable Optional<Long> id, @ModelAttribute("form") DescriptionForm form,
                      @RequestParam int removeDuty, Model model) {
        form.removeDuty(removeDuty);
        return redisplay(id, model);
    }

    @PostMapping(value = {"/descriptions", "/descriptions/{id}"}, params = {"moveDutyUp", "!addDuty", "!removeDuty", "!moveDutyDown"})
    String moveDutyUp(@PathVariable Optional<Long> id, @ModelAttribute("form") DescriptionForm form,
                      @RequestParam int moveDutyUp, Model model) {
        form.moveDuty(moveDutyUp, -1);
        return redisplay(id, model);
    }

    @PostMapping(value = {"/descriptions", "/descriptions/{id}"}, params = {"moveDutyDown", "!addDuty", "!removeDuty", "!moveDutyUp"})
    String moveDutyDown(@PathVariable Optional<Long> id, @ModelAttribute("form") DescriptionForm form,
                        @RequestParam int moveDutyDown, Model model) {
        form.moveDuty(moveDutyDown, 1);
        return redisplay(id, model);
    }

    @GetMapping("/descriptions/{id}/preview")
    String preview(@PathVariable long id, Model model) {
        model.addAttribute("approval", approvals.state(id));
        DescriptionSummary summary = editing.summary(id);
        model.addAttribute("summary", summary);
        model.addAttribute("content", summary.content());
        model.addAttribute("ranges", catalog.overview().ranges());
        return "editing/preview";
    }

    @PostMapping("/descriptions/{id}/publish")
    String publish(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String note,
                   @RequestParam(defaultValue = "false") boolean confirmComplete,
                   @RequestParam(defaultValue = "") String overrideReason, Principal principal,
                   RedirectAttributes redirect) {
        try {
            editing.publish(id, version, note, new PublishConfirmation(confirmComplete, overrideReason), principal.getName());
            redirect.addFlashAttribute("success", messages.getMessage("editing.published"));
        } catch (EditConflictException | ObjectOptimisticLockingFailureException changed) {
            redirect.addFlashAttribute("failure", messages.getMessage("editing.changedSincePreview"));
        } catch (LooksCutOffException unconfirmed) {
            redirect.addFlashAttribute("failure", messages.getMessage("editing.looksCutOff.confirm"));
        } catch (PublishCheckException findings) {
            redirect.addFlashAttribute("failure", messages.getMessage("check.refused"));
        } catch (ApprovalRequiredException approvalOn) {
            redirect.addFlashAttribute("failure", messages.getMessage("approval.required"));
        }
        return "redirect:/editor/descriptions/" + id + "/preview";
    }

    /** Publishes the chosen descriptions as they stand, for example a batch of reviewed imports. */
    @PostMapping("/descriptions/publish")
    String publishSelected(@RequestParam(name = "ids", required = false) List<Long> ids,
                           @RequestParam(defaultValue = "") String overrideReason,
                           @RequestParam(defaultValue = "false") boolean confirmed, Principal principal, Model model,
                           RedirectAttributes redirect) {
        if (!confirmed && ids != null && !ids.isEmpty()) {
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            ids.forEach(chosen -> fields.add(Map.entry("ids", String.valueOf(chosen))));
            fields.add(Map.entry("overrideReason", overrideReason));
            model.addAttribute("confirmation", new Confirmation(
                    messages.getMessage("confirm.publishSelected.title", new Object[] {ids.size()}),
                    messages.getMessage("confirm.publishSelected.text"), "/editor/descriptions/publish", fields, "/editor"));
            return Confirmation.VIEW;
        }
        EditingService.SelectionPublished result;
        try {
            result = editing.publishSelected(ids == null ? List.of() : ids, overrideReason, principal.getName());
        } catch (ApprovalRequiredException approvalOn) {
            redirect.addFlashAttribute("failure", messages.getMessage("approval.required"));
            return "redirect:/editor";
        }
        redirect.addFlashAttribute("success", messages.getMessage("editing.publishedSelected", new Object[] {result.published()}));
        if (!result.leftOutAsCutOff().isEmpty()) {
            redirect.addFlashAttribute("failure", messages.getMessage("editing.publishedSelected.leftOutAsCutOff",
                    new Object[] {result.leftOutAsCutOff().size(), String.join("; ", result.leftOutAsCutOff())}));
        }
        if (!result.leftOutForFindings().isEmpty()) {
            redirect.addFlashAttribute("findingsOfSelection", result.leftOutForFindings());
        }
        return "redirect:/editor";
    }

    @PostMapping("/descriptions/{id}/retire")
    String retire(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed, Principal principal,
                  Model model, RedirectAttributes redirect) {
        if (!confirmed) {
            model.addAttribute("confirmation", new Confirmation(
                    messages.getMessage("confirm.retire.title", new Object[] {editing.summary(id).content().workingTitle()}),
                    messages.getMessage("confirm.retire.text"), "/editor/descriptions/" + id + "/retire", List.of(),
                    "/editor/descriptions/" + id + "/preview"));
            return Confirmation.VIEW;
        }
        editing.retire(id, principal.getName());
        redirect.addFlashAttribute("success", messages.getMessage("editing.retired"));
        return "redirect:/editor/descriptions/" + id + "/preview";
    }

    @PostMapping("/descriptions/{id}/restore")
    String restore(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        editing.restore(id, principal.getName());
        redirect.addFlashAttribute("success", messages.getMessage("editing.restored"));
        return "redirect:/editor/descriptions/" + id + "/preview";
    }

    /** The check before publishing found things and no reason was given: show them, and ask for the reason. */
    private static void rejectUnexplained(BindingResult result, PublishCheckException findings, Model model) {
        model.addAttribute("findings", findings.findings());
        result.rejectValue("overrideReason", "form.overrideReason.required");
    }

    /** Two people changed the same description at the same moment: nothing was saved twice; say so and let them retry. */
    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, EditConflictException.class})
    String changedMeanwhile(RedirectAttributes redirect) {
        redirect.addFlashAttribute("failure", messages.getMessage("editing.changedMeanwhile"));
        return "redirect:/editor";
    }

    private String redisplay(Optional<Long> id, Model model) {
        id.ifPresent(existing -> model.addAttribute("summary", editing.summary(existing)));
        return FORM_VIEW;
    }

    /**
     * Shows the editor's text merged with what was saved meanwhile: fields only one of them changed hold that one's
     * text; under a field both changed, what is saved now is shown for the editor to decide before saving again.
     */
    private String showConflict(long id, DescriptionForm form, EditConflictException conflict, Model model) {
        ThreeWayMerge merge = ThreeWayMerge.of(conflict.seen(), form.content(), conflict.current());
        form.fillWith(merge.merged());
        form.setVersion(conflict.currentVersion());
        model.addAttribute("summary", editing.summary(id));
        model.addAttribute("merge", merge);
        model.addAttribute("differences", merge.differences());
        model.addAttribute("saved", DescriptionForm.withContent(merge.savedForDecision()));
        model.addAttribute("conflictBy", conflict.savedBy());
        model.addAttribute("conflictAt", conflict.savedAt());
        return FORM_VIEW;
    }

    private static void rejectDuplicateTitle(BindingResult result) {
        result.rejectValue("workingTitle", "form.workingTitle.taken");
    }

    private static void rejectOfficialTitle(BindingResult result, OfficialTitleMismatchException mismatch) {
        result.rejectValue("officialTitle", "form.officialTitle.belongsToCode",
                new Object[] {mismatch.code(), mismatch.officialTitle()}, null);
    }

    /** A save the database refused, as two saves at one moment can be: the message names what clashed. */
    private static void rejectRefused(BindingResult result, DataIntegrityViolationException refused) {
        String constraint = DatabaseRefusals.constraintOf(refused).orElse("unknown");
        switch (constraint) {
            case "uq_class_description_working_title" -> rejectDuplicateTitle(result);
            case "uq_class_description_slug", "uq_published_description_address" ->
                    result.rejectValue("workingTitle", "form.workingTitle.addressTaken");
            default -> result.reject("form.notSaved", new Object[] {constraint}, null);
        }
    }

}
