package fi.seloste.catalogue;

import java.util.function.Supplier;

/** A value computed on first use, once, by whichever thread asks first; a failure is not cached. */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> loader;
    private volatile T value;

    Lazy(Supplier<T> loader) {
        this.loader = loader;
    }

    @Override
    public T get() {
        T loaded = value;
        if (loaded == null) {
            synchronized (this) {
                loaded = value;
                if (loaded == null) {
                    loaded = loader.get();
                    value = loaded;
                }
            }
        }
        return loaded;
    }
}
