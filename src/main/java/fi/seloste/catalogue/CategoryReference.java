package fi.seloste.catalogue;

import fi.seloste.domain.Article9Condition;

/** A template's use of a catalogue category: its key, whether it starts ticked, and the Art. 9(2) condition if special. */
record CategoryReference(String key, boolean preselected, Article9Condition article9Condition) {

    CategoryReference {
        Require.key(key, "category reference key");
    }
}
