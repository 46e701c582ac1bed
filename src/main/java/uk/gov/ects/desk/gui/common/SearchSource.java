package uk.gov.ects.desk.gui.common;

import java.util.List;
import java.util.Optional;

/** One searchable kind of record in the cache; blocking, so only called from background tasks. */
public interface SearchSource<R, D> {

    int count(String text);

    List<R> page(String text, int offset, int limit);

    Optional<D> detail(R row);
}
