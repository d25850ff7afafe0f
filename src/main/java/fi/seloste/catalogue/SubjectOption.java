package fi.seloste.catalogue;

import fi.seloste.domain.DataSubjectGroup;
import fi.seloste.domain.LocalizedText;

/** A group of data subjects a template offers on its checklist. */
public record SubjectOption(String key, LocalizedText label, boolean preselected) {

    public SubjectOption {
        Require.key(key, "data subject key");
        Require.localized(label, "data subject " + key + ": label");
    }

    public DataSubjectGroup toDataSubjectGroup() {
        return new DataSubjectGroup(key, label);
    }
}
