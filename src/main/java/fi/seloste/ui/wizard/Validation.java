package fi.seloste.ui.wizard;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import atlantafx.base.theme.Styles;
import fi.seloste.domain.BusinessId;
import fi.seloste.domain.check.ContactFormats;

import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

/**
 * Checks a field as the owner types and says in plain words what is wrong, under the field. It never blocks
 * typing and never changes what was typed; an empty field is not an error here (the completeness check says
 * what is missing). Email, phone and web address follow the completeness check's own rules, so a field is red
 * exactly when the check would call it malformed.
 */
public final class Validation {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final String RULE = Validation.class.getName() + ".rule";
    private static final String DANGER = Validation.class.getName() + ".danger";

    private Validation() {
    }

    static Optional<String> businessId(String text) {
        return BusinessId.flaw(text).map(flaw -> switch (flaw) {
            case MISSING_DASH -> "validation.businessId.dash";
            case CHECK_DIGIT -> "validation.businessId.checkDigit";
            case FORM -> "validation.businessId";
        });
    }

    /**
     * Writes "12345678" as "1234567-8" when the owner leaves the field or presses Enter, in sight: the digits stay
     * hers, only the dash is added, and the message then judges the check digit.
     */
    static void addDashOnLeave(TextInputControl businessId) {
        Runnable addDash = () -> BusinessId.withDash(businessId.getText()).ifPresent(businessId::setText);
        businessId.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                addDash.run();
            }
        });
        if (businessId instanceof javafx.scene.control.TextField field) {
            field.addEventHandler(javafx.event.ActionEvent.ACTION, e -> addDash.run());
        }
    }

    static Optional<String> postalCode(String text) {
        return POSTAL_CODE.matcher(text.strip()).matches() ? Optional.empty() : Optional.of("validation.postalCode");
    }

    public static Optional<String> email(String text) {
        return ContactFormats.isEmail(text) ? Optional.empty() : Optional.of("validation.email");
    }

    public static Optional<String> phone(String text) {
        return ContactFormats.isPhone(text) ? Optional.empty() : Optional.of("validation.phone");
    }

    public static Optional<String> website(String text) {
        return ContactFormats.isWebsite(text) ? Optional.empty() : Optional.of("validation.website");
    }

    /** A number of years as typed ("2", " 10 "), or empty when it is not a whole number from 0 to 200. */
    static Optional<Integer> wholeYears(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int years = Integer.parseInt(t);
        return years <= 200 ? Optional.of(years) : Optional.empty();
    }

    /** The field with its message line below it, and its length limit's message if it has a limit. */
    public static VBox checked(TextInputControl field, Function<String, Optional<String>> rule, Fields fields) {
        Label message = new Label();
        message.setId(field.getId() + "-message");
        message.setWrapText(true);
        message.getStyleClass().addAll(Styles.DANGER, "validation-message");
        // Wrapped to the field's width: its one-line width would widen the form's field column and shift every
        // field of the form sideways whenever a message appears.
        message.setPrefWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        Runnable update = () -> {
            String text = field.getText() == null ? "" : field.getText();
            Optional<String> problem = text.isBlank() ? Optional.empty() : rule.apply(text);
            markDanger(field, RULE, problem.isPresent());
            message.setText(problem.map(key -> fields.i18n().text(key)).orElse(""));
            message.setVisible(problem.isPresent());
            message.setManaged(problem.isPresent());
        };
        field.textProperty().addListener((o, before, now) -> update.run());
        update.run();
        VBox box = new VBox(4, field, message);
        LengthLimit.of(field).ifPresent(limit -> box.getChildren().add(limit.message()));
        return box;
    }

    /**
     * Marks the field red while any of its checks (the rule above, its length limit) finds a problem, and clears
     * the mark only when none does.
     */
    static void markDanger(TextInputControl field, String check, boolean problem) {
        @SuppressWarnings("unchecked")
        java.util.Set<String> problems = (java.util.Set<String>) field.getProperties()
                .computeIfAbsent(DANGER, key -> new java.util.HashSet<String>());
        if (problem) {
            problems.add(check);
        } else {
            problems.remove(check);
        }
        field.pseudoClassStateChanged(Styles.STATE_DANGER, !problems.isEmpty());
    }
}
