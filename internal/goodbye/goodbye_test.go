package goodbye

import (
	"bytes"
	"io"
	"net"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFinishReadsTheReplyAndCloses: the server's goodbye is read to its
// end, then the connection is closed, and Wait returns once it is.
func TestFinishReadsTheReplyAndCloses(t *testing.T) {
	client, server := net.Pipe()
	Finish(client)
	_, err := server.Write([]byte("221 2.0.0 Bye\r\n"))
	assert.NoError(t, err, "the reply is read")
	server.Close()
	Wait()
	_, err = client.Read(make([]byte, 1))
	assert.ErrorIs(t, err, io.ErrClosedPipe, "the client side is closed")
}

// TestFinishStopsAtMaxBytes: a server that keeps sending gets no more than
// MaxBytes read before the connection is closed on it.
func TestFinishStopsAtMaxBytes(t *testing.T) {
	client, server := net.Pipe()
	defer server.Close()
	Finish(client)
	n, err := io.Copy(server, bytes.NewReader(make([]byte, 4*MaxBytes)))
	assert.Error(t, err, "the goodbye hung up")
	assert.LessOrEqual(t, n, int64(MaxBytes))
	Wait()
}
