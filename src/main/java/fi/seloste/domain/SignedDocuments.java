package fi.seloste.domain;

import java.util.List;

/** Renders the documents a sign-off archives with its version (the export layer does it; the store only keeps them). */
@FunctionalInterface
public interface SignedDocuments {

    SignedDocuments NONE = signed -> List.of();

    List<ArchivedDocument> render(SignedVersion signed);
}
