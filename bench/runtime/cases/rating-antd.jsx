// antd Rate, inside the ConfigProvider direction that antd's RTL docs ask for.
import { ConfigProvider, Rate } from 'antd';
import { ratingPage } from '../harness.jsx';

ratingPage({
  Rating: () => <Rate defaultValue={3} />,
  Wrapper: ({ children }) => <ConfigProvider direction="rtl">{children}</ConfigProvider>,
});
