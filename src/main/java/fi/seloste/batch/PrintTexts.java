package fi.seloste.batch;

import fi.seloste.domain.Language;

/** What printing the signed versions says, in the user's language. */
public interface PrintTexts {

    /** The print queue's name of the job. */
    String jobName(String client, int version, Language language);

    /** The file has never been signed off. */
    String noSignedVersion();

    /** The latest signed version was not published in the language asked for. */
    String notSignedIn(int version, Language language);
}
