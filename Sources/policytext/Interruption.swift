#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Set by SIGINT or SIGTERM; long runs check it between documents and finish what they have written.
let interrupted = Atomic<Bool>(false)

/// Routes SIGINT and SIGTERM to `interrupted` instead of killing the process.
func catchInterruptions() {
    let handler: @convention(c) (Int32) -> Void = { _ in interrupted.store(true, ordering: .relaxed) }
    signal(SIGINT, handler)
    signal(SIGTERM, handler)
    // A parent may have started us with these signals blocked (some process launchers do); unblock them.
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    sigaddset(&set, SIGTERM)
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
}
