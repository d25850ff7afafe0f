package fi.seloste.ui.wizard;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.TextLimit;

import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The signer's role in each language the notice is published in, as each language's sign-off block prints it;
 * filled with the contact person's title. One language: one field labelled "Role" (id review-signer-role); more:
 * "Role in Finnish" (review-signer-role), "Role in Swedish" (review-signer-role-sv), "Role in English"
 * (review-signer-role-en).
 */
final class SignerRoleFields {

    private final Map<Language, TextField> fields = new EnumMap<>(Language.class);

    SignerRoleFields(Fields f, Set<Language> published, LocalizedText prefill, GridPane form) {
        for (Language language : Language.values()) {
            if (language == Language.FI || published.contains(language)) {
                String key = published.size() > 1 ? "review.signerRole." + language.tag() : "review.signerRole";
                String id = language == Language.FI ? "review-signer-role" : "review-signer-role-" + language.tag();
                TextField field = f.text(id, key, TextLimit.NAME, prefill.in(language), v -> { });
                fields.put(language, field);
                f.row(form, key, field);
            }
        }
    }

    /** The roles as typed, each stripped. */
    LocalizedText value() {
        LocalizedText role = LocalizedText.EMPTY;
        for (Map.Entry<Language, TextField> field : fields.entrySet()) {
            role = role.with(field.getKey(), field.getValue().getText().strip());
        }
        return role;
    }

    /** True while a role is longer than a sign-off holds. */
    BooleanExpression overLimit() {
        BooleanExpression over = LengthLimit.of(fields.get(Language.FI)).orElseThrow().overLimit();
        for (TextField field : fields.values()) {
            over = over.or(LengthLimit.of(field).orElseThrow().overLimit());
        }
        return over;
    }
}
