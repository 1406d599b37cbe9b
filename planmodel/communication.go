package planmodel

// Stakeholder is one group in the stakeholder analysis: its power over and
// interest in the cooperation (1–5), the key message and channel for it,
// and whether it has ambassadors who speak well of the cooperation.
type Stakeholder struct {
	Name       string `json:"name"`
	Power      int    `json:"power"`
	Interest   int    `json:"interest"`
	KeyMessage string `json:"keyMessage,omitempty"`
	Channel    string `json:"channel,omitempty"`
	Ambassador bool   `json:"ambassador,omitempty"`
}

// Channel is the way a communication activity reaches its audience.
type Channel string

// The channels of a communication activity.
const (
	ChannelPressRelease Channel = "press-release"
	ChannelMeeting      Channel = "meeting"
	ChannelNewsletter   Channel = "newsletter"
	ChannelSocialMedia  Channel = "social-media"
	ChannelWeb          Channel = "web"
)

// Channels lists the channels in the order the app offers them.
var Channels = []Channel{ChannelPressRelease, ChannelMeeting, ChannelNewsletter, ChannelSocialMedia, ChannelWeb}

// Activity is one communication activity, planned or done.
type Activity struct {
	Date     string  `json:"date"` // YYYY-MM-DD
	Title    string  `json:"title"`
	TitleIn  Wording `json:"titleIn,omitempty"`  // the title in the other written standard
	ResultIn Wording `json:"resultIn,omitempty"` // the result in the other written standard
	Channel  Channel `json:"channel"`
	Audience string  `json:"audience,omitempty"`
	Done     bool    `json:"done,omitempty"`
	Result   string  `json:"result,omitempty"`
}
