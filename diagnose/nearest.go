package diagnose

import (
	"cmp"
	_ "embed"
	"encoding/json"
	"hash/fnv"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// When no rule reads a pasted text, Explain compares it with the known
// texts: every labelled real text in testdata (the corpus and the
// held-out rounds after their first score), each with its source. A text
// whose words are close enough to known texts takes their code at low
// confidence, with the closest text and its source shown, instead of
// unknown. Rules stay first: they carry reasons, stages and the server's
// own words; the comparison only fills the gap where no rule speaks.
//
// Measured on the texts of held-out rounds 12-25 that the rules answered
// unknown at their first score (169; each round left out of the known
// texts it is compared with), the comparison gives 27 of them the right
// code and 7 texts labelled unknown or ok a guess; 19 get another wrong
// code where unknown was wrong too, the rest stay unknown. The
// thresholds below are the ones chosen on rounds 12-22 before it was
// built.

//go:generate go test -run TestKnownTextsCurrent -update .

//go:embed known_texts.json
var knownTextsJSON []byte

// KnownText is a labelled real text that a pasted text resembles.
type KnownText struct {
	// ID is the text's id in the project's tables.
	ID string `json:"id"`
	// Code is the code the text was labelled with.
	Code Code `json:"code"`
	// Protocol is the protocol the text came from, when its source says.
	Protocol Protocol `json:"protocol,omitempty"`
	// Text is the known text (at most knownTextBytes of it; in a
	// finding, at most maxLikeText).
	Text string `json:"text"`
	// Source is the public page the text was copied from.
	Source string `json:"source"`
	// Year is the year of the source; 0 for an undated page.
	Year int `json:"year,omitempty"`
	// Similarity is how close the pasted text is, from 0 to 1 (the
	// cosine of their word weights).
	Similarity float64 `json:"similarity,omitempty"`
}

const (
	// knownTextBytes bounds each known text kept, and the part of a
	// pasted text compared with them.
	knownTextBytes = 4 << 10
	// likeMinSimilarity is the similarity the closest known text needs
	// before its code is given at all.
	likeMinSimilarity = 0.35
	// likeVoters is how many of the closest texts vote.
	likeVoters = 5
	// likeVoteShare: a text votes when it is at least this share as
	// close as the closest one.
	likeVoteShare = 0.7
	// likeAgreement: the code given holds at least this share of the
	// votes; below it the close texts disagree and none is given.
	likeAgreement = 0.6
	// likeMinShared: a voter shares at least this many words with the
	// pasted text ("something went wrong" is not close to "Wrong IMAP
	// TLS" through one word).
	likeMinShared = 2
)

// knownIndex is the known texts as weighted word vectors, with an
// inverted index from word to the texts that hold it.
type knownIndex struct {
	texts []KnownText
	// self is the hash of each text as compared for sameness, made at
	// the first comparison that leaves a text out (only measurement does).
	self     []uint64
	selfOnce sync.Once
	vocab    map[string]int32
	pair     []bool // the feature is a pair of words
	idf      []float32
	postings [][]posting
}

type posting struct {
	text   int32
	weight float32
}

var loadKnownIndex = sync.OnceValue(func() *knownIndex {
	var texts []KnownText
	if err := json.Unmarshal(knownTextsJSON, &texts); err != nil {
		return &knownIndex{} // a test checks the file parses
	}
	return buildKnownIndex(texts)
})

// buildKnownIndex weighs each text's features by tf-idf and normalises
// each text's vector to length 1.
func buildKnownIndex(texts []KnownText) *knownIndex {
	ix := &knownIndex{texts: texts, vocab: map[string]int32{}}
	feats := make([]map[int32]int, len(texts))
	var df []int
	for i, t := range texts {
		counts := map[int32]int{}
		for _, f := range likeFeatures(t.Text) {
			id, ok := ix.vocab[f]
			if !ok {
				id = int32(len(df))
				ix.vocab[f] = id
				df = append(df, 0)
				ix.pair = append(ix.pair, strings.Contains(f, " "))
			}
			if counts[id] == 0 {
				df[id]++
			}
			counts[id]++
		}
		feats[i] = counts
	}
	n := float64(len(texts))
	ix.idf = make([]float32, len(df))
	for id, d := range df {
		ix.idf[id] = float32(math.Log((n+1)/(float64(d)+1)) + 1)
	}
	ix.postings = make([][]posting, len(df))
	for i, counts := range feats {
		for _, x := range ix.weigh(counts) {
			ix.postings[x.id] = append(ix.postings[x.id], posting{text: int32(i), weight: float32(x.weight)})
		}
	}
	return ix
}

// weighted is one feature's weight in a text's vector.
type weighted struct {
	id     int32
	weight float64
}

// weigh returns the tf-idf weights of a text's feature counts, scaled so
// that the vector has length 1: the same for known and pasted texts. They
// come in feature order, so that sums over them do not depend on a map's
// iteration order (a similarity on a threshold would otherwise flip
// between runs).
func (ix *knownIndex) weigh(counts map[int32]int) []weighted {
	w := make([]weighted, 0, len(counts))
	for id, c := range counts {
		w = append(w, weighted{id, (1 + math.Log(float64(c))) * float64(ix.idf[id])})
	}
	slices.SortFunc(w, func(a, b weighted) int { return cmp.Compare(a.id, b.id) })
	var norm float64
	for _, x := range w {
		norm += x.weight * x.weight
	}
	norm = math.Sqrt(norm)
	for i := range w {
		w[i].weight /= norm
	}
	return w
}

// neighbour is a known text close to a pasted one, with how many words
// (not pairs of words) the two share.
type neighbour struct {
	KnownText
	shared int
}

// likeQuery is what a comparison is asked: the pasted text, its
// protocol when known (a known text of another protocol is not compared),
// and for measuring on the known texts themselves, what to leave out: the
// same text, and every text whose id starts with leaveOutPrefix (a
// held-out round's own texts, which share threads).
type likeQuery struct {
	text           string
	protocol       Protocol
	leaveOut       bool
	leaveOutPrefix string
}

// nearest returns the known texts closest to q's text, closest first, at
// most k of them and none below min.
func (ix *knownIndex) nearest(q likeQuery, k int, min float64) []neighbour {
	if ix == nil || len(ix.texts) == 0 {
		return nil
	}
	counts := map[int32]int{}
	for _, f := range likeFeatures(q.text) {
		if id, ok := ix.vocab[f]; ok {
			counts[id]++
		}
	}
	if len(counts) == 0 {
		return nil
	}
	score := make([]float64, len(ix.texts))
	shared := make([]int16, len(ix.texts))
	for _, x := range ix.weigh(counts) {
		for _, p := range ix.postings[x.id] {
			score[p.text] += x.weight * float64(p.weight)
			if !ix.pair[x.id] {
				shared[p.text]++
			}
		}
	}
	var skip uint64
	var self []uint64
	if q.leaveOut {
		skip, self = sameTextHash(q.text), ix.sameTexts()
	}
	var best []int
	for i, sc := range score {
		t := &ix.texts[i]
		switch {
		case sc < min,
			q.leaveOut && self[i] == skip,
			q.leaveOutPrefix != "" && strings.HasPrefix(t.ID, q.leaveOutPrefix),
			q.protocol != "" && t.Protocol != "" && t.Protocol != q.protocol:
			continue
		}
		best = append(best, i)
	}
	sort.SliceStable(best, func(a, b int) bool { return score[best[a]] > score[best[b]] })
	if len(best) > k {
		best = best[:k]
	}
	out := make([]neighbour, len(best))
	for j, i := range best {
		out[j] = neighbour{KnownText: ix.texts[i], shared: int(shared[i])}
		out[j].Similarity = math.Round(score[i]*100) / 100
	}
	return out
}

// sameTexts returns each known text's sameness hash, made once.
func (ix *knownIndex) sameTexts() []uint64 {
	ix.selfOnce.Do(func() {
		ix.self = make([]uint64, len(ix.texts))
		for i, t := range ix.texts {
			ix.self[i] = sameTextHash(t.Text)
		}
	})
	return ix.self
}

// sameTextHash hashes a text as compared for sameness: case, spacing and
// line breaks do not make a text another.
func sameTextHash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(strings.ToLower(strings.Join(strings.Fields(clipUTF8(s, knownTextBytes)), " "))))
	return h.Sum64()
}

// clipUTF8 cuts s to at most n bytes, on a rune boundary.
func clipUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// likeFeatures is what texts are compared by: their words in order, each
// pair of neighbouring words, SMTP reply and enhanced codes, and for
// Chinese, Japanese and Korean text each character and each pair.
// Words that mix letters and digits beyond four characters (session ids,
// queue ids, hashes) and numbers other than three-digit codes are left
// out: they tell one message from another, not one cause from another.
// It reads each byte of the (clipped) text once.
func likeFeatures(text string) []string {
	text = strings.ToLower(clipUTF8(text, knownTextBytes))
	var seq, feats []string
	addWord := func(w string) {
		if keepWord(w) {
			seq = append(seq, w)
		}
	}
	var prevCJK rune
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isCJK(r):
			seq = append(seq, text[i:i+size])
			if prevCJK != 0 {
				feats = append(feats, string(prevCJK)+string(r))
			}
			prevCJK = r
			i += size
			continue
		case r >= '0' && r <= '9':
			// A run of digits and dots: an enhanced code ("5.7.1", also
			// before a full stop), a reply code, or a number to leave out.
			j := i
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			if j < len(text) && isWordByte(text, j) {
				// Digits that go on into letters ("2fa", "0x800ccc0f")
				// are one word.
				j = wordEnd(text, j)
				addWord(text[i:j])
				i = j
				break
			}
			for j < len(text) && (text[j] >= '0' && text[j] <= '9' || text[j] == '.') {
				j++
			}
			run := strings.TrimRight(text[i:j], ".")
			if enhancedCodeRE.MatchString(run) {
				seq = append(seq, run)
			} else {
				for _, part := range strings.Split(run, ".") {
					addWord(part)
				}
			}
			i = j
		case isWordByte(text, i):
			j := wordEnd(text, i)
			addWord(text[i:j])
			i = j
		default:
			i += size
		}
		prevCJK = 0
	}
	feats = append(feats, seq...)
	for i := 1; i < len(seq); i++ {
		feats = append(feats, seq[i-1]+" "+seq[i])
	}
	return feats
}

// wordEnd returns where the word going on at text[i] ends.
func wordEnd(text string, i int) int {
	for i < len(text) && isWordByte(text, i) {
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	return i
}

// isWordByte reports whether the rune at text[i] belongs in a word: a
// letter (not a CJK one, which stands alone), a digit or an underscore.
func isWordByte(text string, i int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		// ASCII, most of every text: no table lookups.
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !isCJK(r)
}

// enhancedCodeRE is an enhanced status code ("5.7.1") as a whole word.
var enhancedCodeRE = regexp.MustCompile(`^[245]\.[0-9]{1,3}\.[0-9]{1,3}$`)

// keepWord reports whether a word tells causes apart (see likeFeatures).
func keepWord(w string) bool {
	var letters, digits int
	for _, r := range w {
		if unicode.IsDigit(r) {
			digits++
		} else {
			letters++
		}
	}
	switch {
	case letters == 0:
		return digits == 3 // a reply code
	case digits > 0 && letters+digits > 4:
		return false // an id or a hash
	case letters+digits == 1:
		return w[0] >= utf8.RuneSelf // a Cyrillic "в" is a word; a Latin "a" tells nothing
	}
	return true
}

// isCJK reports a Han, kana or Hangul character.
func isCJK(r rune) bool {
	if r < 0x1100 { // below Hangul Jamo, the first of these scripts
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// successWordsRE is wording of a success, failureWordsRE of a failure
// (in the languages the known texts hold), credentialWordsRE speaks of
// the password, the login or the credentials; refusalWordsRE, of a
// refused connection. A comparison gives a code
// only to a text with failure words and without success words (a text's
// neighbours share its neutral words, "connected to the server", not the
// one word that decides), and gives invalid_credentials only to a text
// that speaks of credentials (issue 10: evidence before blame).
var (
	successWordsRE = regexp.MustCompile(`(?i)\bsucce|passed|\bok\b|\bcompleted\b|logged in|authenticated|成功|完了|성공|erfolgreich|hergestellt|réussi|reussi|riuscit|successo|exitos|éxito|correctamente|sucesso|успешно|установлен|úspěšn|udało|gelukt|geslaagd`)
	failureWordsRE = regexp.MustCompile(`(?i)err|fail|fehl|échec|echec|denied|refus|reject|unable|cannot|can't|could ?not|couldn't|\bnot\b|n't\b|\bno\b|invalid|\bbad\b|wrong|problem|time ?out|timed out|exceed|limit|block|suspend|disabl|unavail|unknown|missing|abort|broken|closed|lost|reset|disconnect|\bover|\bfull\b|too (many|much|large|big)|exception|warn|denegad|negad|rifiut|impossib|失败|错误|拒绝|无法|不|超|エラー|失敗|できません|拒否|오류|실패|ошибк|(^|[^\p{L}])не([^\p{L}]|$)|未|não|niet|n.a pas|невозмож|отказ|nicht|kein|abgelehnt|\bnon\b|\bnie\b|není|chyba|błąd|fout|mislukt|\b[45][0-9]{2}\b|\be(timedout|connrefused|connreset|connaborted|notfound|hostunreach|netunreach|ai_again|pipe|auth|socket|connection|envelope|message|tls|dns)\b|wrong_version|ssl_error|alert`)
	// unknownReasonRE is a text that says itself the reason is unknown
	// (Thunderbird's smtpSendFailedUnknownReason and its translations):
	// its neighbours' codes would be a guess the text denies.
	unknownReasonRE = regexp.MustCompile(`(?i)unknown reason|reason unknown|raison inconnue|unbekannten grund|motivo desconocido|motivo sconosciuto|motivo desconhecido|nieznanego powodu|未知原因|不明な理由`)
	// ignoredRE is a program's warning it went past ("Warning: bad login
	// shell /bin/false for user mail; ignoring"): no failure to read.
	ignoredRE = regexp.MustCompile(`(?i)[;,:] ?(ignoring|ignored|skipping)\b`)
	// refusalWordsRE speaks of a connection refused: a port closed, in
	// any of the known texts' languages. A comparison gives
	// connection_refused only to a text that says so: a bare "could not
	// connect" is unknown by the project's labels (a refused port, a
	// time-out, a wrong name or a TLS mode all read so), and its nearest
	// texts' codes were wrong 24 times of 31 on the known texts.
	refusalWordsRE    = regexp.MustCompile(`(?i)refus|reject|econnrefused|10061|verweiger|rechaz|rifiut|recusad|geweigerd|odmítnut|odrzuc|отказ|відмов|拒绝|拒否|거부`)
	credentialWordsRE = regexp.MustCompile(`(?i)passw|kennwort|mot de passe|contrase|пароль|密码|パスワード|비밀번호|log ?[io]n|sign.?in|credential|auth|user ?name|benutzer|identifiant|登录|登陆|ログイン|로그인`)
)

// likeKnownTexts gives an unknown finding, one no rule decided, the code
// of the known texts its words are closest to, at low confidence, when
// they are close enough, share more than one word and mostly agree. When
// they are close but disagree, the finding stays unknown and lists their
// codes as alternatives, most votes first.
func likeKnownTexts(f *Finding, q likeQuery, ix *knownIndex) {
	if f.Code != CodeUnknown {
		return
	}
	q.text = clipUTF8(q.text, knownTextBytes)
	if successWordsRE.MatchString(q.text) || !failureWordsRE.MatchString(q.text) || unknownReasonRE.MatchString(q.text) || ignoredRE.MatchString(q.text) || causeLeftEmpty(q.text) {
		return
	}
	near := ix.nearest(q, likeVoters, likeMinSimilarity*likeVoteShare)
	if len(near) == 0 || near[0].Similarity < likeMinSimilarity || near[0].shared < likeMinShared {
		return
	}
	votes := map[Code]float64{}
	closest := map[Code]KnownText{}
	var order []Code
	var total float64
	for _, n := range near {
		if n.Similarity < near[0].Similarity*likeVoteShare || n.shared < likeMinShared {
			continue
		}
		if _, ok := votes[n.Code]; !ok {
			order = append(order, n.Code)
			closest[n.Code] = n.KnownText
		}
		votes[n.Code] += n.Similarity
		total += n.Similarity
	}
	sort.SliceStable(order, func(a, b int) bool { return votes[order[a]] > votes[order[b]] })
	code := order[0]
	agree := votes[code] >= likeAgreement*total
	if !agree || code == CodeUnknown || code == CodeOK || !code.Known() ||
		code == CodeInvalidCredentials && !credentialWordsRE.MatchString(q.text) ||
		code == CodeConnectionRefused && !refusalWordsRE.MatchString(q.text) {
		// No reading to give; the close texts' codes are still the
		// alternatives worth checking.
		for _, c := range order {
			addLikeAlternative(f, c, closest[c])
		}
		return
	}
	like := closest[code]
	like.Text = clipUTF8(like.Text, maxLikeText)
	f.Code = code
	f.Confidence = ConfidenceLow
	f.Evidence.Rule = likeRule
	f.Evidence.Source = like.Source
	f.Evidence.Like = &like
	lead := "No rule knows these words. The known texts closest to them mostly mean this"
	if len(order) == 1 {
		lead = "No rule knows these words. The known texts closest to them mean this"
	}
	f.Summary = lead + "; the closest of those is \"" + quoteKnown(like.Text) + "\" (" + like.Source + "). Read that way: " +
		defaultSummary[code] + " " + lowConfidenceNote
	for _, c := range order[1:] {
		addLikeAlternative(f, c, closest[c])
	}
}

// causeLeftEmpty reports whether text is several lines that each end
// where a cause should follow ("Error testing SMTP connection: ", then
// "Problem connecting to mail server: " and nothing after; held-out
// round 247): the program printed empty errors, and the neighbours'
// codes would be a guess. One such line is often a cause itself ("chain
// validation failed:").
func causeLeftEmpty(text string) bool {
	lines := 0
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if !strings.HasSuffix(line, ":") {
			return false
		}
		lines++
	}
	return lines > 1
}

// maxLikeText bounds the known text a finding carries.
const maxLikeText = 1 << 10

// addLikeAlternative lists c, the code of the known text k, among f's
// alternatives, unless it is ok, unknown or already there.
func addLikeAlternative(f *Finding, c Code, k KnownText) {
	if c == CodeUnknown || c == CodeOK || !c.Known() || c == f.Code {
		return
	}
	for _, a := range f.Alternatives {
		if a.Code == c {
			return
		}
	}
	f.Alternatives = append(f.Alternatives, Alternative{Code: c,
		Why:  "A known text close to these words meant this: \"" + quoteKnown(k.Text) + "\".",
		Tell: "Compare the words with that text's source: " + k.Source + "."})
}

// likeRule is Evidence.Rule for a code taken from the closest known texts.
const likeRule = "like-known-text"

// quoteKnown is a known text as quoted in a summary: on one line, cut
// at maxKnownQuote bytes.
func quoteKnown(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= maxKnownQuote {
		return s
	}
	return clipUTF8(s, maxKnownQuote) + "…"
}

// maxKnownQuote bounds a known text quoted in a summary.
const maxKnownQuote = 200

// roundIDRE is the id of a held-out round's text: "r12-...".
var roundIDRE = regexp.MustCompile(`^r[0-9]+-`)

// roundPrefix returns "r12-" for a held-out round's id, else "".
func roundPrefix(id string) string { return roundIDRE.FindString(id) }
