package fi.seloste.interchange;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * What the JSON reader takes in from an interchange file before anything is checked against the schema: each limit
 * is far beyond any notice, and bounds the work and the memory a hostile file can cost. A file over a limit is
 * refused with the limit it hit ({@link Exceeded}), never as "not valid JSON". docs/interchange.md lists them.
 */
final class ParserLimits extends StreamReadConstraints {

    private static final long serialVersionUID = 1L;

    /** Arrays and objects inside each other; the deepest place in a notice file is about 10 levels down. */
    static final int MAX_DEPTH = 64;
    /** Characters in a property name; Seloste's longest is under 30. */
    static final int MAX_NAME_LENGTH = 1_000;
    /** Digits (and sign, point and exponent) in a number; a register id has at most 19. */
    static final int MAX_NUMBER_LENGTH = 100;
    /**
     * Values, property names and brackets in the whole file. A notice with a hundred registers and twenty signed
     * versions has about three million; the limit keeps the parsed tree of a 64 MB file of tiny values from filling
     * the memory.
     */
    static final long MAX_TOKENS = 5_000_000;

    /** The limit hit. */
    enum Limit { DEPTH, NAME_LENGTH, NUMBER_LENGTH, STRING_LENGTH, TOKENS, DOCUMENT_LENGTH }

    /** The reader stopped at a limit: which one, and the largest value it allows. */
    static final class Exceeded extends StreamConstraintsException {

        private static final long serialVersionUID = 1L;

        private final Limit limit;
        private final long maximum;

        Exceeded(Limit limit, long maximum) {
            super(limit + " over " + maximum);
            this.limit = limit;
            this.maximum = maximum;
        }

        Limit limit() {
            return limit;
        }

        long maximum() {
            return maximum;
        }
    }

    ParserLimits() {
        super(MAX_DEPTH, DEFAULT_MAX_DOC_LEN, MAX_TOKENS, MAX_NUMBER_LENGTH, DEFAULT_MAX_STRING_LEN, MAX_NAME_LENGTH);
    }

    @Override
    public void validateNestingDepth(int depth) throws StreamConstraintsException {
        check(depth, _maxNestingDepth, Limit.DEPTH);
    }

    @Override
    public void validateDocumentLength(long length) throws StreamConstraintsException {
        if (_maxDocLen > 0) {
            check(length, _maxDocLen, Limit.DOCUMENT_LENGTH);
        }
    }

    @Override
    public void validateTokenCount(long count) throws StreamConstraintsException {
        check(count, _maxTokenCount, Limit.TOKENS);
    }

    @Override
    public void validateFPLength(int length) throws StreamConstraintsException {
        check(length, _maxNumLen, Limit.NUMBER_LENGTH);
    }

    @Override
    public void validateIntegerLength(int length) throws StreamConstraintsException {
        check(length, _maxNumLen, Limit.NUMBER_LENGTH);
    }

    @Override
    public void validateStringLength(int length) throws StreamConstraintsException {
        check(length, _maxStringLen, Limit.STRING_LENGTH);
    }

    @Override
    public void validateStringLengthLong(long length) throws StreamConstraintsException {
        check(length, _maxStringLen, Limit.STRING_LENGTH);
    }

    @Override
    public void validateNameLength(int length) throws StreamConstraintsException {
        check(length, _maxNameLen, Limit.NAME_LENGTH);
    }

    private static void check(long value, long maximum, Limit limit) throws Exceeded {
        if (value > maximum) {
            throw new Exceeded(limit, maximum);
        }
    }
}
