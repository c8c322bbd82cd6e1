using System.Runtime.CompilerServices;

// The micro-benchmarks (build/bench) measure the internal format readers and writers directly.
[assembly: InternalsVisibleTo("SocialErp.Bench.Micro")]
