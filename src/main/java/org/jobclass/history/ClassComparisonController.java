package org.jobclass.history;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /classes/compare}: any two published classes side by side. */
@Controller
class ClassComparisonController {

    private final ClassComparisonService comparisons;

    ClassComparisonController(ClassComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping("/classes/compare")
    String compare(@RequestParam(required = false) String left, @RequestParam(required = false) String right, Model model) {
        Optional<ClassComparisonService.ComparedClass> first = comparisons.find(left);
        Optional<ClassComparisonService.ComparedClass> second = comparisons.find(right);
        model.addAttribute("left", left == null ? "" : left.strip());
        model.addAttribute("right", right == null ? "" : right.strip());
        model.addAttribute("leftUnknown", left != null && !left.isBlank() && first.isEmpty());
        model.addAttribute("rightUnknown", right != null && !right.isBlank() && second.isEmpty());
        if (first.isPresent() && second.isPresent()) {
            model.addAttribute("comparison", comparisons.compare(first.get(), second.get()));
        }
        return "history/class-compare";
    }
}
