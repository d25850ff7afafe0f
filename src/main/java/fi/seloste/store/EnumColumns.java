package fi.seloste.store;

/** Enums are stored by name; a null column is a value the owner has not chosen yet. */
final class EnumColumns {

    private EnumColumns() {
    }

    static <E extends Enum<E>> E read(Class<E> type, String stored) {
        return stored == null ? null : Enum.valueOf(type, stored);
    }

    static String write(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
