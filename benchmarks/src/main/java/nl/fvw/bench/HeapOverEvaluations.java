package nl.fvw.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;

import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.rules.FvwEngine;
import nl.fvw.scenario.ScenarioReader;

/**
 * Whether the heap stays flat over many evaluations with one shared engine: the heap in use after
 * a full collection, every tenth of the run. Run by benchmarks/heap.
 */
public final class HeapOverEvaluations {
    private HeapOverEvaluations() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Normeringsinvoer in = ScenarioReader.read(Path.of("examples/scenarios/accres-ngru-mn2012.yaml")).normering();
        FvwEngine engine = FvwEngine.shipped();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long start = System.nanoTime();
        for (int i = 0; i <= n; i++) {
            if (i % (n / 10) == 0) {
                System.gc();
                long used = memory.getHeapMemoryUsage().getUsed();
                System.out.printf("%,10d evaluations  heap in use after GC %6.1f MB  %5.1f s%n", i, used / 1048576.0,
                        (System.nanoTime() - start) / 1e9);
            }
            engine.bereken(in, false);
        }
    }
}
