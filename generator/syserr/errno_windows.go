package syserr

import "syscall"

// portRefused is what Windows means when it refuses a port: another
// program holds it exclusively, or the system reserved it.
const portRefused = "geen toegang tot deze poort (een ander programma gebruikt hem, of hij is voorbehouden)"

// Windows reports network and some file errors with numbers of its own
// (WSAE…, ERROR_…), not with the Unix numbers of the reasons table.
func init() {
	for n, r := range map[syscall.Errno]string{
		10048: reasons[syscall.EADDRINUSE],    // WSAEADDRINUSE
		10049: reasons[syscall.EADDRNOTAVAIL], // WSAEADDRNOTAVAIL
		10013: portRefused,                    // WSAEACCES
		10061: reasons[syscall.ECONNREFUSED],  // WSAECONNREFUSED
		32:    reasons[syscall.EBUSY],         // ERROR_SHARING_VIOLATION
		33:    reasons[syscall.EBUSY],         // ERROR_LOCK_VIOLATION
		112:   reasons[syscall.ENOSPC],        // ERROR_DISK_FULL
		206:   reasons[syscall.ENAMETOOLONG],  // ERROR_FILENAME_EXCED_RANGE
		145:   reasons[syscall.ENOTEMPTY],     // ERROR_DIR_NOT_EMPTY
	} {
		reasons[n] = r
	}
	addrInUse[10048] = true
}
