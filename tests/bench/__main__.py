"""Run every benchmark in turn; SOAK_MESSAGES sets the soak's length (default 20,000)."""

import os

from tests.bench.live import bench_live
from tests.bench.memory import bench_memory
from tests.bench.quality import bench_nlu, bench_reads, bench_safety, bench_training
from tests.bench.scale import bench_scale
from tests.bench.serving import bench_serving, bench_soak, bench_widget

if __name__ == "__main__":
    bench_nlu()
    bench_safety()
    bench_reads()
    bench_memory(bench_serving())
    bench_widget()
    bench_live()
    bench_training()
    bench_scale()
    bench_soak(int(os.environ.get("SOAK_MESSAGES", "20000")))
