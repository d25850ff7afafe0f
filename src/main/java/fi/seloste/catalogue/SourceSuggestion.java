package fi.seloste.catalogue;

import fi.seloste.domain.DataSource;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.SourceKind;

/** A regular source of data a template offers; a public register counts as a publicly accessible source. */
public record SourceSuggestion(SourceKind kind, LocalizedText description, boolean preselected) {

    public SourceSuggestion {
        Require.present(kind, "source kind");
        Require.localized(description, "source " + kind + ": description");
    }

    public DataSource toDataSource() {
        return new DataSource(kind, description, kind.isPublicRegister());
    }
}
