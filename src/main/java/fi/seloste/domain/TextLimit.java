package fi.seloste.domain;

/**
 * The most characters a value the owner types may have, by kind of value. A character is a Unicode code point, as
 * JSON Schema's maxLength counts it: an emoji or a character outside the Basic Multilingual Plane is one. Far more
 * than any small business writes, and few enough that the largest notice still exports in seconds:
 * docs/decisions/0016-limits-on-owner-text.md. The interchange schema, the wizard's fields and the completeness
 * check use these numbers; a test checks that the schema says the same and that the client file's columns hold it.
 */
public enum TextLimit {
    /**
     * A key or id from Seloste's catalogues (the longest is 24 characters). Its column holds 64 UTF-16 units, and a
     * character outside the Basic Multilingual Plane takes two of them, so 32 characters always fit.
     */
    CATALOGUE_KEY(32),
    /** A Y-tunnus or a postal code: nine and five characters in Finland, a little more abroad. */
    CODE(32),
    /** A telephone number, perhaps with a note such as "(ma–pe klo 9–16)". */
    PHONE(64),
    /** An email address: at most 254 characters by the standards for mail (RFC 5321, RFC 3696). */
    EMAIL(254),
    /** A name, title or role, a street or town, a place, a country, a cookie's lifetime, a register's name. */
    NAME(300),
    /** A web address. Browsers and search engines take about 2,000 characters. */
    URL(2_000),
    /** The owner's own prose: a description, a purpose, an explanation (about four printed A4 pages). */
    TEXT(10_000);

    private final int max;

    TextLimit(int max) {
        this.max = max;
    }

    /** The most characters (code points) the value may have. */
    public int max() {
        return max;
    }

    public boolean allows(String text) {
        return length(text) <= max;
    }

    /** The length as the limits count it: in code points, so that "😀" is one character, as the owner sees it. */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
