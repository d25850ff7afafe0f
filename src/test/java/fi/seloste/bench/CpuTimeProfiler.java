package fi.seloste.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the whole benchmark process (all threads: the benchmark's, the garbage collector's and the JIT
 * compiler's) per operation, in milliseconds. On a machine that others use at the same time, wall-clock scores swing
 * with their load; CPU time per operation much less. On two otherwise idle cores, a two-thread batch can reach at most
 * {@code 2000 / cpu.ms/op} operations a second. Use with {@code -prof fi.seloste.bench.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private long cpuAtStart;

    @Override
    public String getDescription() {
        return "Process CPU time per operation (all threads), ms";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = OS.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                      IterationResult result) {
        double cpuMs = (OS.getProcessCpuTime() - cpuAtStart) / 1e6;
        long ops = result.getMetadata().getAllOps();
        return List.of(new ScalarResult("cpu.ms/op", ops == 0 ? Double.NaN : cpuMs / ops, "ms/op", AggregationPolicy.AVG));
    }
}
