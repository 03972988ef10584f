#ifndef ENTENTE_CPREFETCH_H
#define ENTENTE_CPREFETCH_H

/// Asks the CPU to start loading the cache line at `address` for a read soon, without
/// waiting for it and without faulting. The tagger and the parser look up dozens of
/// features in tables far larger than the cache; asking for every feature's slot first lets
/// those misses overlap instead of each waiting behind the branch on the one before.
/// Swift has no prefetch of its own, and this inline C is compiled into its callers.
static inline void entente_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
