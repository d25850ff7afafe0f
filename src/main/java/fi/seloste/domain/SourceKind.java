package fi.seloste.domain;

/** Where personal data comes from (säännönmukaiset tietolähteet), Art. 14(2)(f). */
public enum SourceKind {
    DATA_SUBJECT(false),
    POPULATION_INFORMATION_SYSTEM(true),
    CREDIT_INFORMATION_REGISTER(true),
    ADDRESS_UPDATE_SERVICE(true),
    OTHER_PUBLIC_REGISTER(true),
    PARTNER(false),
    COOKIES(false),
    STAFF(false),
    OTHER(false);

    private final boolean publicRegister;

    SourceKind(boolean publicRegister) {
        this.publicRegister = publicRegister;
    }

    public boolean isPublicRegister() {
        return publicRegister;
    }
}
