// libFuzzer's driver entry point (compiler-rt), declared for Swift: SwiftPM makes the executable's entry point
// `main`, so that entry point hands over to libFuzzer's driver.
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
